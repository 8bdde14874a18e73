import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors.js';

/** Sent by our client on every state-changing request; a cross-site form or image cannot add it. */
export const CSRF_HEADER = 'x-werkplaats-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether an `Origin` header names this server, as the `Host` (or a proxy's forwarded host) says. */
export function isSameOrigin(origin: string | undefined, hosts: (string | undefined)[]): boolean {
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return hosts.some((candidate) => candidate !== undefined && candidate.toLowerCase() === host.toLowerCase());
}

/**
 * CSRF protection for cookie-authenticated requests: a custom header, which browsers send cross-site
 * only after a CORS preflight we never grant, plus an Origin check when the browser sends one.
 */
export const csrfProtection: MiddlewareHandler = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const sameOrigin = isSameOrigin(c.req.header('origin'), [
    c.req.header('host'),
    c.req.header('x-forwarded-host'),
  ]);
  if (!sameOrigin || c.req.header(CSRF_HEADER) !== '1') {
    return apiError(c, 403, 'csrf_rejected', 'This request did not come from Werkplaats itself.');
  }
  await next();
};
