import { isValidId, newId, normalizeDisplayName } from '@werkplaats/shared';
import { readStored, writeStored } from '../lib/storage';

export const NAME_STORAGE_KEY = 'werkplaats.name';
export const USER_ID_STORAGE_KEY = 'werkplaats.uid';

/** The display name this browser joined with before, if any. */
export function storedName(): string | undefined {
  return normalizeDisplayName(readStored(NAME_STORAGE_KEY));
}

export function rememberName(name: string): void {
  writeStored(NAME_STORAGE_KEY, name);
}

/**
 * A stable id for this browser until real accounts exist: it keeps a person's colour and authorship
 * across reloads, and lets the server tell two tabs of one person from two people.
 */
export function deviceUserId(): string {
  const stored = readStored(USER_ID_STORAGE_KEY);
  if (stored && isValidId(stored)) return stored;
  const id = newId();
  writeStored(USER_ID_STORAGE_KEY, id);
  return id;
}
