import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Werkplaats</title>
<p>The client is not built yet. Run <code>pnpm start</code> (it builds what is missing) or <code>pnpm build</code>.</p></html>`;

/**
 * Serves the built client: hashed assets cached for a year, everything else revalidated, and any other
 * GET answered with `index.html` so client-side routes like `/b/:id` load the app.
 */
export function mountClient(app: Hono, clientDir: string): void {
  const indexPath = join(clientDir, 'index.html');
  app.use(
    '/assets/*',
    serveStatic({
      root: clientDir,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use(
    '*',
    serveStatic({ root: clientDir, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }),
  );
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/sync/')) {
      return c.json({ error: { code: 'not_found', message: 'No such endpoint.' } }, 404);
    }
    c.header('Cache-Control', 'no-cache');
    return existsSync(indexPath) ? c.html(readFileSync(indexPath, 'utf8')) : c.html(NOT_BUILT, 503);
  });
}
