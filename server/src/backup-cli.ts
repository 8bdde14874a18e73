import { resolve } from 'node:path';
import { loadConfig } from './config.js';
import { backupDataDir, restoreDataDir } from './storage/sqlite/backup.js';

/**
 * `pnpm backup <folder>`: an online copy of DATA_DIR's database and uploads, safe while the server runs.
 * `pnpm restore <folder>`: puts such a copy into an empty DATA_DIR (server stopped).
 */
async function main(): Promise<void> {
  const [command, folder] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !folder) {
    process.stderr.write('usage: backup-cli backup|restore <folder>   (DATA_DIR as for the server)\n');
    process.exitCode = 2;
    return;
  }
  const { dataDir } = loadConfig();
  if (command === 'backup') {
    const { file, pages } = await backupDataDir(dataDir, resolve(folder));
    process.stdout.write(`backed up ${dataDir} to ${file} (${pages} pages, integrity ok)\n`);
  } else {
    restoreDataDir(resolve(folder), dataDir);
    process.stdout.write(`restored ${resolve(folder)} into ${dataDir}; start the server\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
