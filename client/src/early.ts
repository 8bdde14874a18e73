// The page's first script, an entry of its own so it runs before the app's code has downloaded: on a
// board page it opens the sync socket and asks who this browser is on the board at once, so both
// answers travel while the code downloads and compiles.
import { prefetchBoardAccess } from './api/boards';
import { parseRoute } from './app/routes';
import { openEarlySocket, syncServerUrl } from './sync/early-socket';
import { hasSyncedLocalCopy } from './sync/local-copy-mark';

/** Fetches and compiles the board's code now, rather than once the app's code has run (a built page names it). */
function preloadBoardCode(): void {
  const files = document.querySelector<HTMLScriptElement>('script[data-board-code]')?.dataset.boardCode;
  for (const href of files?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

const route = parseRoute(window.location.pathname);
if (route.page === 'board') {
  openEarlySocket(`${syncServerUrl(window.location)}/${route.boardId}`, !hasSyncedLocalCopy(route.boardId));
  prefetchBoardAccess(route.boardId);
  preloadBoardCode();
}
