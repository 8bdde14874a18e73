import react from '@vitejs/plugin-react';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defaultClientConditions, defineConfig, type Plugin, type Rolldown } from 'vite';

// The dev server forwards the API and the sync socket to a locally running Werkplaats server.
const SERVER = 'http://127.0.0.1:8080';

const EARLY_ENTRY = fileURLToPath(new URL('src/early.ts', import.meta.url));
const BOARD_ROUTE = fileURLToPath(new URL('src/app/BoardRoute.tsx', import.meta.url));

/** The chunks of a module's code in `bundle`: its own and, transitively, those it imports statically. */
function codeOf(bundle: Rolldown.OutputBundle, moduleId: string): string[] {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const first = chunks.find((chunk) => chunk.facadeModuleId === moduleId);
  const files = new Set<string>();
  const pending = first ? [first.fileName] : [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    pending.push(...(chunks.find((chunk) => chunk.fileName === file)?.imports ?? []));
  }
  return [...files];
}

/**
 * Puts the page's first script (src/early.ts) in front of the app's, as an entry of its own. Vite would
 * fold a second script tag of index.html into the app's entry, and that runs only once all of the
 * app's code has downloaded and compiled. The script tag names the board's code, which the script
 * preloads on a board page only: the other pages stay light.
 */
function earlyScript(): Plugin {
  return {
    name: 'werkplaats:early-script',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'early',
        );
        if (!bundle || !chunk || chunk.type !== 'chunk') {
          return [
            { tag: 'script', attrs: { type: 'module', src: '/src/early.ts' }, injectTo: 'head-prepend' },
          ];
        }
        const boardCode = codeOf(bundle, BOARD_ROUTE).map((file) => `/${file}`);
        return [
          {
            tag: 'script',
            attrs: {
              type: 'module',
              crossorigin: true,
              src: `/${chunk.fileName}`,
              'data-board-code': boardCode.join(' '),
            },
          },
          // What it imports is fetched with it, not one round trip later.
          ...chunk.imports.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          })),
        ].map((tag) => ({ ...tag, injectTo: 'head-prepend' as const }));
      },
    },
  };
}

/** What the server may send compressed (see `precompressed` in server/src/routes/static.ts). */
const COMPRESSIBLE = /\.(js|css|svg|json)$/;

/**
 * Writes a Brotli and a gzip copy next to each compressible built file, once at build time, which the
 * server sends to browsers that accept them: the board's code is a third of its size on the wire, and
 * nothing is compressed per request.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const deflate = promisify(gzip);
  return {
    name: 'werkplaats:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outputs = Object.values(bundle).filter((output) => COMPRESSIBLE.test(output.fileName));
      await Promise.all(
        outputs.map(async (output) => {
          const content = output.type === 'chunk' ? output.code : output.source;
          const bytes = typeof content === 'string' ? Buffer.from(content) : content;
          if (bytes.byteLength < 1024) return;
          const file = join(options.dir!, output.fileName);
          const [br, gz] = await Promise.all([
            brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
            deflate(bytes, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), earlyScript(), precompress()],
  // `source` first: @werkplaats/shared is consumed as TypeScript, never as a possibly stale build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    proxy: {
      '/api': SERVER,
      '/sync': { target: SERVER, ws: true },
    },
  },
  build: {
    sourcemap: true,
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), early: EARLY_ENTRY },
      output: {
        // Libraries in their own long-cacheable chunks: a new release of the app re-downloads only ours.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'konva', test: /node_modules[\\/](konva|react-konva|react-reconciler|its-fine)[\\/]/ },
            { name: 'yjs', test: /node_modules[\\/](yjs|y-websocket|y-protocols|y-indexeddb|lib0)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
