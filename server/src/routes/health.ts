import { Hono } from 'hono';

/** `GET /api/health` (operationId getHealth): liveness plus a few numbers worth watching. */
export function healthRoutes(openBoards: () => number, version: string): Hono {
  const started = Date.now();
  return new Hono().get('/', (c) =>
    c.json({
      status: 'ok',
      version,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      openBoards: openBoards(),
    }),
  );
}
