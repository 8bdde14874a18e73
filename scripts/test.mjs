// `pnpm test`: every check CI runs, in CI's order (format → lint → typecheck → unit → reliability → build → e2e).
// Each runner prints its own summary; the first failing step fails the run.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root, run } from './run.mjs';

function chromiumPath() {
  return execFileSync(join(root, 'scripts/ensure-chromium.sh'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

const steps = [
  ['format', () => run('prettier', ['--check', '.'])],
  ['lint', () => run('eslint', ['.', '--max-warnings=0'])],
  ['typecheck', () => run('tsc', ['-b']) || run('tsc', ['-p', 'tsconfig.tests.json'])],
  ['unit', () => run('vitest', ['run', '--project', 'unit'])],
  ['reliability', () => run('vitest', ['run', '--project', 'reliability'])],
  [
    'build',
    () =>
      spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--e2e'], { stdio: 'inherit' }).status ??
      1,
  ],
  [
    'e2e',
    () => run('playwright', ['test'], { cwd: join(root, 'e2e'), env: { CHROMIUM_PATH: chromiumPath() } }),
  ],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, step] of steps) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const stepStart = Date.now();
  const code = step();
  console.log(
    `━━ ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - stepStart) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) process.exit(code);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
