import * as Y from 'yjs';
import { parseItem } from '../schema/registry.js';
import type { Item } from '../schema/registry.js';
import type { RawItem } from '../schema/definition.js';
import { getItemsMap } from './board-doc.js';

/**
 * Turns an item's `Y.Map` into a plain record, reading `Y.Text` fields as strings. `toJSON` walks the
 * map's entries directly; an item holds no other shared types, and reading thousands of items as a
 * board opens, an iterator per map shows.
 */
export function itemMapToRaw(map: Y.Map<unknown>): RawItem {
  return map.toJSON() as RawItem;
}

export type ReadItemResult = { ok: true; item: Item } | { ok: false; id: string; error: string };

/** Reads and validates one item map; an invalid item is reported, never thrown. */
export function readItemMap(id: string, map: unknown): ReadItemResult {
  if (!(map instanceof Y.Map)) return { ok: false, id, error: 'item is not a map' };
  const result = parseItem({ ...itemMapToRaw(map as Y.Map<unknown>), id });
  return result.ok ? { ok: true, item: result.item } : { ok: false, id, error: result.error };
}

export function readItem(doc: Y.Doc, id: string): Item | undefined {
  const map = getItemsMap(doc).get(id);
  if (map === undefined) return undefined;
  const result = readItemMap(id, map);
  return result.ok ? result.item : undefined;
}

export interface InvalidItem {
  id: string;
  error: string;
}

/**
 * All valid items in paint order (z, then id), and the invalid ones that were skipped, so callers can
 * report them (a newer client's item, a corrupted record) rather than crash on them.
 */
export function readItems(doc: Y.Doc): { items: Item[]; invalid: InvalidItem[] } {
  const items: Item[] = [];
  const invalid: InvalidItem[] = [];
  for (const [id, map] of getItemsMap(doc).entries()) {
    const result = readItemMap(id, map);
    if (result.ok) items.push(result.item);
    else invalid.push({ id: result.id, error: result.error });
  }
  items.sort(compareZ);
  return { items, invalid };
}

export function compareZ(a: { z: string; id: string }, b: { z: string; id: string }): number {
  if (a.z !== b.z) return a.z < b.z ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
