// Builds shared and server (tsc project references) and the client (Vite). `--e2e` also builds the
// client's test build (with the window test API) into client/dist-e2e.
import { join } from 'node:path';
import { root, run } from './run.mjs';

const steps = [
  ['tsc', ['-b', 'shared', 'server']],
  ['vite', ['build'], join(root, 'client')],
];
if (process.argv.includes('--e2e')) {
  steps.push(['vite', ['build', '--mode', 'e2e', '--outDir', 'dist-e2e'], join(root, 'client')]);
}
for (const [tool, args, cwd] of steps) {
  const code = run(tool, args, { cwd });
  if (code !== 0) process.exit(code);
}
