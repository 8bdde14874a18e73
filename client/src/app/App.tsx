import { lazy, Suspense, useState } from 'react';
import { CheckpointPage } from '../ui/CheckpointPage';
import { FacilitatorInvitePage } from '../ui/FacilitatorInvitePage';
import { InvitePage } from '../ui/InvitePage';
import { LoginPage } from '../ui/LoginPage';
import { LoadingPage, MessagePage } from '../ui/MessagePage';
import { NetworkPage } from '../ui/NetworkPage';
import { SetupPage } from '../ui/SetupPage';
import type { BoardRoute as BoardRouteComponent } from './BoardRoute';
import { HomeRoute } from './HomeRoute';
import { useLocation } from './router';
import { parseRoute } from './routes';

/** The board's code once it has loaded. */
let loadedBoardRoute: typeof BoardRouteComponent | undefined;

// The board (canvas, sync, local storage) loads only when a board is opened, keeping the other pages light.
const loadBoardRoute = () =>
  import('./BoardRoute').then((module) => {
    loadedBoardRoute = module.BoardRoute;
    return { default: module.BoardRoute };
  });
const LazyBoardRoute = lazy(loadBoardRoute);

/**
 * A board whose code has loaded renders at once: React holds back what replaces a Suspense fallback
 * until the fallback has shown for 300 ms, which on a page opened on a board was 300 ms of nothing.
 */
function BoardRoute({ boardId }: { boardId: string }) {
  // Chosen once per mount: switching from the lazy component to the loaded one would remount the board.
  const [Board] = useState(() => loadedBoardRoute ?? LazyBoardRoute);
  return <Board boardId={boardId} />;
}

/**
 * Loads the board's code when the page opens on a board (early.ts has already asked for it), so the
 * first render can wait for it rather than show a loading page.
 */
export function preloadRoute(pathname: string): Promise<void> {
  return parseRoute(pathname).page === 'board' ? loadBoardRoute().then(() => undefined) : Promise.resolve();
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
      return <MessagePage message="page.notFound" />;
  }
}
