// `pnpm bench [name…]`: the benchmark suite (server/bench/run.ts) from source, with tsx and the
// `source` condition so the workspace packages need no build. It prints figures; it never fails on them.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { root } from './run.mjs';

const serverDir = join(root, 'server');
const env = { ...process.env };
// The bench runs from server/; a relative profile folder means one relative to where it was started.
if (env.BENCH_CPU_PROF) env.BENCH_CPU_PROF = resolve(env.BENCH_CPU_PROF);
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', join(serverDir, 'bench/run.ts'), ...process.argv.slice(2)],
  { cwd: serverDir, stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
