import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { viewerFromCookies } from './auth/viewer.js';
import type { ApiDeps, ApiEnv } from './routes/api-context.js';
import { authRoutes } from './routes/auth.js';
import { boardRoutes } from './routes/boards.js';
import { checkpointRoutes } from './routes/checkpoints.js';
import { commentRoutes } from './routes/comments.js';
import { securityHeaders } from './routes/security-headers.js';
import { csrfProtection } from './routes/csrf.js';
import { exportRoutes } from './routes/exports.js';
import { apiError } from './routes/errors.js';
import { healthRoutes } from './routes/health.js';
import { imageRoutes } from './routes/images.js';
import { inviteRoutes } from './routes/invites.js';
import { networkRoutes } from './routes/networks.js';
import { openApiRoutes } from './routes/openapi.js';
import { peopleRoutes } from './routes/people.js';
import { requestLog } from './routes/request-log.js';
import { templateRoutes } from './routes/templates.js';
import { voteRoutes } from './routes/votes.js';
import { mountClient } from './routes/static.js';
import { VERSION } from './version.js';
import { loggablePath } from './log.js';

/** The API takes small JSON bodies only; anything bigger is refused before it is read. */
const MAX_BODY_BYTES = 64 * 1024;

export interface AppDeps extends ApiDeps {
  clientDir: string;
  openBoards: () => number;
  /** `GET /metrics` (see `metricsRoutes`); outside `/api`, for Prometheus rather than people. */
  metrics?: Hono;
}

/** The HTTP app: routes only. The sync endpoint lives on the same server, see `routes/sync.ts`. */
export function createApp(deps: AppDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use('*', securityHeaders);
  app.use('*', requestId());
  app.use('/api/*', requestLog(deps.log));
  const smallBodies = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => apiError(c, 413, 'body_too_large', 'The request body is too large.'),
  });
  // Saved templates and imported files hold whole boards, uploads are pictures: their routes set limits
  // of their own.
  const ownLimit = (path: string) =>
    path.startsWith('/api/templates') ||
    /^\/api\/(boards|networks)\/import$/.test(path) ||
    /^\/api\/boards\/[^/]+\/images$/.test(path);
  app.use('/api/*', (c, next) => (ownLimit(c.req.path) ? next() : smallBodies(c, next)));
  app.use('/api/*', csrfProtection);
  app.use('/api/*', async (c, next) => {
    c.set('viewer', await viewerFromCookies(deps.directory, c.req.header('cookie')));
    await next();
  });
  app.route('/api/health', healthRoutes(deps.openBoards, VERSION));
  app.route('/api/openapi.json', openApiRoutes(VERSION));
  app.route('/api', authRoutes(deps));
  app.route('/api/boards', boardRoutes(deps.store, deps.directory, deps.syncTickets, deps.rooms));
  const exports = exportRoutes(deps);
  app.route('/api/boards', exports.boards);
  app.route('/api/networks', exports.networks);
  app.route('/api/boards', checkpointRoutes(deps, deps.checkpoints));
  app.route('/api/boards', imageRoutes(deps.store, deps.directory, deps.images));
  app.route('/api/boards', commentRoutes(deps.store, deps.directory, deps.rooms));
  app.route('/api/boards', voteRoutes(deps));
  const invites = inviteRoutes(deps);
  app.route('/api/networks', networkRoutes(deps));
  app.route('/api/networks', invites.managed);
  app.route('/api/networks', peopleRoutes(deps));
  app.route('/api/invites', invites.public);
  app.route('/api/templates', templateRoutes(deps.templates));
  if (deps.metrics) app.route('/metrics', deps.metrics);
  mountClient(app, deps.clientDir, deps.log);
  app.notFound((c) => apiError(c, 404, 'not_found', 'No such endpoint.'));
  app.onError((error, c) => {
    deps.log.error('http.error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: loggablePath(c.req.path),
      error: String(error),
    });
    return apiError(c, 500, 'internal_error', 'Something went wrong on the server.');
  });
  return app;
}
