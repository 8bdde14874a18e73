import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { getItemsMap } from './board-doc.js';

const SMALLEST_INTEGER_KEY = 'A' + '0'.repeat(26);

/**
 * Whether `key` is a well-formed fractional index as `fractional-indexing` writes them (base-62 digits,
 * an integer part whose length its head letter gives, no trailing zero). The library throws on a
 * malformed neighbour, and silently misorders keys with characters outside its alphabet.
 */
export function isOrderKey(key: string): boolean {
  if (!/^[A-Za-z][0-9A-Za-z]*$/.test(key) || key === SMALLEST_INTEGER_KEY) return false;
  const head = key.charCodeAt(0);
  const integerLength = head >= 97 ? head - 97 + 2 : 90 - head + 2;
  if (key.length < integerLength) return false;
  return key.length === integerLength || !key.endsWith('0');
}

/**
 * An item's z key, ignoring entries that are not item maps or hold a malformed key (a corrupt or
 * foreign record): one bad entry must not stop everyone from creating or reordering items.
 */
function zOf(map: unknown): string | undefined {
  if (!(map instanceof Y.Map)) return undefined;
  const z: unknown = map.get('z');
  return typeof z === 'string' && isOrderKey(z) ? z : undefined;
}

/** The z-order keys at the bottom and top of the board. */
export function zBounds(doc: Y.Doc): { min: string | null; max: string | null } {
  let min: string | null = null;
  let max: string | null = null;
  for (const map of getItemsMap(doc).values()) {
    const z = zOf(map);
    if (z === undefined) continue;
    if (min === null || z < min) min = z;
    if (max === null || z > max) max = z;
  }
  return { min, max };
}

/** `count` ascending keys above every item on the board. */
export function keysOnTop(doc: Y.Doc, count: number): string[] {
  let previous = zBounds(doc).max;
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    previous = generateKeyBetween(previous, null);
    keys.push(previous);
  }
  return keys;
}

/** `count` ascending keys below every item on the board. */
export function keysAtBottom(doc: Y.Doc, count: number): string[] {
  const keys: string[] = [];
  let next = zBounds(doc).min;
  for (let i = 0; i < count; i++) {
    next = generateKeyBetween(null, next);
    keys.unshift(next);
  }
  return keys;
}
