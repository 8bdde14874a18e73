// Runs a workspace tool by its JavaScript entry point with this Node, so scripts work the same under
// pnpm, npm or plain node, whatever is on PATH.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

const BINS = {
  tsc: ['.', 'typescript/bin/tsc'],
  eslint: ['.', 'eslint/bin/eslint.js'],
  prettier: ['.', 'prettier/bin/prettier.cjs'],
  vitest: ['.', 'vitest/vitest.mjs'],
  vite: ['client', 'vite/bin/vite.js'],
  playwright: ['e2e', '@playwright/test/cli.js'],
};

/** Runs `tool args` from `cwd` (default: repo root), streaming its output; returns the exit code. */
export function run(tool, args, { cwd = root, env = {} } = {}) {
  const [pkgDir, entry] = BINS[tool];
  // pnpm links each package's direct dependencies into its own node_modules.
  const script = join(root, pkgDir, 'node_modules', entry);
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}
