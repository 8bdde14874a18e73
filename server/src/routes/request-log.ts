import type { MiddlewareHandler } from 'hono';
import { loggablePath, type Logger } from '../log.js';
import type { ApiEnv } from './api-context.js';

/**
 * One line per API request, after it is answered, with the request id `hono/request-id` set (also sent
 * back as `X-Request-Id`): method, path without credentials, status and duration. Never headers or
 * bodies, so no cookie, password or token reaches the log.
 */
export function requestLog(log: Logger): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log.info('http.request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: loggablePath(c.req.path),
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}
