import { lazy, Suspense } from 'react';
import { CheckpointPage } from '../ui/CheckpointPage';
import { FacilitatorInvitePage } from '../ui/FacilitatorInvitePage';
import { InvitePage } from '../ui/InvitePage';
import { LoginPage } from '../ui/LoginPage';
import { LoadingPage, MessagePage } from '../ui/MessagePage';
import { NetworkPage } from '../ui/NetworkPage';
import { SetupPage } from '../ui/SetupPage';
import { HomeRoute } from './HomeRoute';
import { useLocation } from './router';
import { parseRoute } from './routes';

// The board (canvas, sync, local storage) loads only when a board is opened, keeping the other pages light.
const loadBoardRoute = () => import('./BoardRoute').then((module) => ({ default: module.BoardRoute }));
const BoardRoute = lazy(loadBoardRoute);

/**
 * Starts loading the board's code at once when the page opens on a board, rather than when React
 * first renders the route: the download and compile then overlap with the rest of the start-up.
 */
export function preloadRoute(pathname: string): void {
  if (parseRoute(pathname).page === 'board') void loadBoardRoute();
}

export function App() {
  const { pathname } = useLocation();
  const route = parseRoute(pathname);
  switch (route.page) {
    case 'home':
      return <HomeRoute />;
    case 'setup':
      return <SetupPage />;
    case 'login':
      return <LoginPage />;
    case 'network':
      return <NetworkPage key={route.networkId} networkId={route.networkId} />;
    case 'invite':
      return <InvitePage key={route.token} token={route.token} />;
    case 'facilitatorInvite':
      return <FacilitatorInvitePage key={route.token} token={route.token} />;
    case 'checkpoint':
      return (
        <CheckpointPage key={route.checkpointId} boardId={route.boardId} checkpointId={route.checkpointId} />
      );
    case 'board':
      return (
        <Suspense fallback={<LoadingPage />}>
          <BoardRoute key={route.boardId} boardId={route.boardId} />
        </Suspense>
      );
    default:
      return <MessagePage message="board.notFound" />;
  }
}
