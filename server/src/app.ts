import { Hono } from 'hono';
import { boardRoutes } from './routes/boards.js';
import { apiError } from './routes/errors.js';
import { healthRoutes } from './routes/health.js';
import { openApiRoutes } from './routes/openapi.js';
import { mountClient } from './routes/static.js';
import type { Logger } from './log.js';
import type { BoardStore } from './storage/board-store.js';

export const VERSION = '0.1.0';

export interface AppDeps {
  store: BoardStore;
  clientDir: string;
  openBoards: () => number;
  log: Logger;
}

/** The HTTP app: routes only. The sync endpoint lives on the same server, see `routes/sync.ts`. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.route('/api/health', healthRoutes(deps.openBoards, VERSION));
  app.route('/api/openapi.json', openApiRoutes(VERSION));
  app.route('/api/boards', boardRoutes(deps.store));
  app.onError((error, c) => {
    deps.log.error('http.error', { path: c.req.path, error: String(error) });
    return apiError(c, 500, 'internal_error', 'Something went wrong on the server.');
  });
  mountClient(app, deps.clientDir);
  return app;
}
