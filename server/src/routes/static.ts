import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import type { Logger } from '../log.js';
import { apiError } from './errors.js';

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Werkplaats</title>
<p>The client is not built yet. Run <code>pnpm start</code> (it builds what is missing) or <code>pnpm build</code>.</p></html>`;

/** Paths the client never owns: a miss there is a 404, not the app shell. */
const NOT_CLIENT_ROUTES = /^\/(api|sync|assets)(\/|$)/;

/**
 * Serves the built client: hashed `/assets/*` cached for a year (compressed when the browser accepts it), everything else revalidated, and any
 * other GET answered with `index.html` so client-side routes like `/b/:id` load the app. Without a
 * build, those GETs get a page saying so.
 */
export function mountClient<E extends Env>(app: Hono<E>, clientDir: string, log: Logger): void {
  const indexPath = join(clientDir, 'index.html');
  if (existsSync(clientDir)) {
    app.use(
      '/assets/*',
      serveStatic({
        root: clientDir,
        // The build writes .br and .gz copies (client/vite.config.ts): sent as they are, never compressed here.
        precompressed: true,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use(
      '*',
      serveStatic({ root: clientDir, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }),
    );
  } else {
    log.warn('client.not-built', { clientDir });
  }
  app.get('*', async (c) => {
    if (NOT_CLIENT_ROUTES.test(c.req.path)) return apiError(c, 404, 'not_found', 'No such endpoint.');
    c.header('Cache-Control', 'no-cache');
    // Read per request: a rebuilt client is picked up without a restart, and the file is small.
    const html = await readFile(indexPath, 'utf8').catch(() => undefined);
    return html === undefined ? c.html(NOT_BUILT, 503) : c.html(html);
  });
}
