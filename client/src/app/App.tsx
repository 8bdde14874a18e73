import { lazy, Suspense } from 'react';
import { HomePage } from '../ui/HomePage';
import { LoadingPage, MessagePage } from '../ui/MessagePage';
import { parseRoute, useLocation } from './router';

// The board (canvas, sync, local storage) loads only when a board is opened, keeping the start page light.
const BoardRoute = lazy(() => import('./BoardRoute').then((module) => ({ default: module.BoardRoute })));

export function App() {
  const { pathname, search } = useLocation();
  const route = parseRoute(pathname);
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'board':
      return (
        <Suspense fallback={<LoadingPage />}>
          <BoardRoute key={route.boardId} boardId={route.boardId} search={search} />
        </Suspense>
      );
    default:
      return <MessagePage message="board.notFound" />;
  }
}
