import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The dev server forwards the API and the sync socket to a locally running Werkplaats server.
const SERVER = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
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
