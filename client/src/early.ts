// The page's first script, an entry of its own so it runs before the app's code has downloaded: on a
// board page it opens the sync socket at once (see `openEarlySocket`).
import { parseRoute } from './app/routes';
import { openEarlySocket, syncServerUrl } from './sync/early-socket';

const route = parseRoute(window.location.pathname);
if (route.page === 'board') openEarlySocket(`${syncServerUrl(window.location)}/${route.boardId}`);
