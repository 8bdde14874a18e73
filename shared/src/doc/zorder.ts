import { generateKeyBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import { getItemsMap } from './board-doc.js';

function zOf(map: Y.Map<unknown>): string | undefined {
  const z = map.get('z');
  return typeof z === 'string' ? z : undefined;
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
