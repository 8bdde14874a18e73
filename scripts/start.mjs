// `pnpm start`: builds whatever is missing or older than its sources, then serves the app on one port.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(pkg, output) {
  const out = join(root, pkg, output);
  if (!existsSync(out)) return true;
  return newestMtime(join(root, pkg, 'src')) > statSync(out).mtimeMs;
}

const stale = [
  ['shared', 'dist/index.js'],
  ['server', 'dist/index.js'],
  ['client', 'dist/index.html'],
].filter(([pkg, output]) => isStale(pkg, output));

if (stale.length > 0) {
  console.log(`Building ${stale.map(([pkg]) => pkg).join(', ')}…`);
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [join(root, 'server/dist/index.js')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
