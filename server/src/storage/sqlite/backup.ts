import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './sqlite-board-store.js';

const UPLOADS = 'uploads';

export interface BackupResult {
  /** The copied database file. */
  file: string;
  pages: number;
}

/**
 * Copies a running server's database with SQLite's online backup, through a connection of its own, in
 * one step: in WAL mode that reads one consistent snapshot while the server keeps writing (a copy in
 * small steps would restart whenever the server commits). Then checks the copy's integrity, and copies
 * the uploaded images, which are never changed once written. `target` must not exist yet.
 */
export async function backupDataDir(dataDir: string, target: string): Promise<BackupResult> {
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new folder`);
  mkdirSync(target, { recursive: true });
  const file = join(target, DATABASE_FILE);
  const source = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  let pages = 0;
  try {
    await source.backup(file, {
      progress: ({ totalPages }) => {
        pages = totalPages;
        return Number.MAX_SAFE_INTEGER;
      },
    });
  } finally {
    source.close();
  }
  assertIntact(file);
  if (existsSync(join(dataDir, UPLOADS)))
    cpSync(join(dataDir, UPLOADS), join(target, UPLOADS), { recursive: true });
  return { file, pages };
}

/**
 * Puts a backup in place as the database of `dataDir`, for a server that is not running. Refuses a
 * folder that already holds a database, so a restore never overwrites live data by mistake.
 */
export function restoreDataDir(backup: string, dataDir: string): void {
  const file = join(backup, DATABASE_FILE);
  assertIntact(file);
  if (existsSync(join(dataDir, DATABASE_FILE))) {
    throw new Error(`${dataDir} already holds a database; restore into an empty DATA_DIR`);
  }
  mkdirSync(dataDir, { recursive: true });
  cpSync(file, join(dataDir, DATABASE_FILE));
  if (existsSync(join(backup, UPLOADS)))
    cpSync(join(backup, UPLOADS), join(dataDir, UPLOADS), { recursive: true });
}

function assertIntact(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} failed its integrity check: ${String(result)}`);
  } finally {
    db.close();
  }
}
