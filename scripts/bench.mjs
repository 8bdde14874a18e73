// `pnpm bench [name…]`: the benchmark suite. Server scenarios (server/bench/run.ts) run from source, with
// tsx and the `source` condition so the workspace packages need no build; `canvas` drives the built
// client in Chromium (e2e/perf/canvas-bench.ts). It prints figures; it never fails on them.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { root } from './run.mjs';

const serverDir = join(root, 'server');
const env = { ...process.env };
// The bench runs from server/; a relative profile folder means one relative to where it was started.
if (env.BENCH_CPU_PROF) env.BENCH_CPU_PROF = resolve(env.BENCH_CPU_PROF);

const args = process.argv.slice(2);
const canvas = args.length === 0 || args.some((arg) => arg.toLowerCase() === 'canvas');
const serverArgs = args.filter((arg) => arg.toLowerCase() !== 'canvas');
const tsx = (script, scriptArgs = []) =>
  spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...scriptArgs], {
    cwd: serverDir,
    stdio: 'inherit',
    env,
  }).status ?? 1;

let status = 0;
if (args.length === 0 || serverArgs.length > 0 || args.includes('--help') || args.includes('-h')) {
  status = tsx(join(serverDir, 'bench/run.ts'), serverArgs);
}
if (status === 0 && canvas && !args.includes('--help') && !args.includes('-h')) {
  // The canvas bench drives the client's test build, served by the built server.
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--e2e'], { stdio: 'inherit' });
  const chromium = spawnSync(join(root, 'scripts/ensure-chromium.sh'), { encoding: 'utf8' });
  if (chromium.status === 0) env.CHROMIUM_PATH = chromium.stdout.trim();
  status = build.status ?? 1;
  if (status === 0) status = tsx(join(root, 'e2e/perf/canvas-bench.ts'));
}
process.exit(status);
