import * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import { itemMapToRaw } from '../doc/read.js';
import type { Origin } from '../doc/origins.js';
import { TEXT_KEYS } from '../schema/base.js';
import { parseItem, type Item } from '../schema/registry.js';
import { fieldDefaults } from './create-items.js';
import { InvalidItemError } from './errors.js';

/** Fields that identify an item or its history; no update may change them. */
const IMMUTABLE_KEYS = new Set(['id', 'type', 'v', 'createdBy', 'createdAt']);

type PatchableFields<T> = T extends unknown
  ? Partial<Omit<T, 'id' | 'type' | 'v' | 'createdBy' | 'createdAt'>>
  : never;

/** Fields of one item type that an update may set; checked against the item's schema when applied. */
export type ItemPatch = PatchableFields<Item>;

function liveItem(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const map = getItemsMap(doc).get(id);
  return map instanceof Y.Map ? map : undefined;
}

/**
 * Applies field patches to items in one transaction. A patch is validated against the item's schema
 * before anything is written; missing and locked items are skipped (pass `unlockedOnly: false` to
 * patch locked ones, as the lock toggle itself does). Returns the ids that changed.
 */
export function updateItems(
  doc: Y.Doc,
  patches: { id: string; patch: ItemPatch }[],
  origin: Origin,
  options: { unlockedOnly?: boolean } = {},
): string[] {
  const unlockedOnly = options.unlockedOnly ?? true;
  const planned: {
    map: Y.Map<unknown>;
    id: string;
    patch: Record<string, unknown>;
    defaults: ReadonlyMap<string, unknown>;
  }[] = [];
  for (const { id, patch } of patches) {
    // Checked before the item is looked up, so a caller's mistake does not hide behind a peer's
    // concurrent lock or delete.
    for (const key of Object.keys(patch)) {
      if (IMMUTABLE_KEYS.has(key)) throw new InvalidItemError(`${key} cannot be changed`);
    }
    const map = liveItem(doc, id);
    if (!map) continue;
    if (unlockedOnly && map.get('locked') === true) continue;
    const parsed = parseItem({ ...itemMapToRaw(map), ...patch, id });
    if (!parsed.ok) throw new InvalidItemError(parsed.error);
    for (const [key, value] of Object.entries(patch)) {
      // The schema drops keys it does not know, so they would pass validation and land in the document.
      if (value !== undefined && !Object.hasOwn(parsed.item, key)) {
        throw new InvalidItemError(`${key} is not a field of ${parsed.item.type}`);
      }
    }
    planned.push({ map, id, patch, defaults: fieldDefaults(parsed.item.type) });
  }
  if (planned.length === 0) return [];
  const now = Date.now();
  doc.transact(() => {
    for (const { map, patch, defaults } of planned) {
      for (const [key, value] of Object.entries(patch)) {
        // An absent field holds its default (see `writeItemMap`): writing the default over it would
        // change nothing, yet could win over someone else's concurrent change of that field.
        const current = map.has(key) ? map.get(key) : defaults.get(key);
        if ((TEXT_KEYS as readonly string[]).includes(key)) {
          replaceText(map, key, String(value));
        } else if (value === undefined) {
          map.delete(key);
        } else if (current !== value) {
          map.set(key, value);
        }
      }
      map.set('updatedAt', now);
    }
  }, origin);
  return planned.map((p) => p.id);
}

/** Moves items to absolute positions. */
export function moveItems(
  doc: Y.Doc,
  moves: { id: string; x: number; y: number }[],
  origin: Origin,
): string[] {
  return updateItems(
    doc,
    moves.map(({ id, x, y }) => ({ id, patch: { x, y } })),
    origin,
  );
}

/**
 * Replaces a `Y.Text` with `next` by editing only the changed middle, so a concurrent edit elsewhere in
 * the same note survives rather than being overwritten.
 */
export function replaceText(map: Y.Map<unknown>, key: string, next: string): void {
  let text = map.get(key);
  if (!(text instanceof Y.Text)) {
    text = new Y.Text();
    map.set(key, text);
  }
  const ytext = text as Y.Text;
  const current = ytext.toString();
  if (current === next) return;
  let start = 0;
  const maxStart = Math.min(current.length, next.length);
  while (start < maxStart && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never cut between the halves of a surrogate pair: Yjs replaces a split pair with U+FFFD, so
  // changing one emoji into another that shares its high half would corrupt the text.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let endCurrent = current.length;
  let endNext = next.length;
  while (
    endCurrent > start &&
    endNext > start &&
    current.charCodeAt(endCurrent - 1) === next.charCodeAt(endNext - 1)
  ) {
    endCurrent--;
    endNext--;
  }
  if (endCurrent < current.length && isLowSurrogate(current.charCodeAt(endCurrent))) {
    endCurrent++;
    endNext++;
  }
  if (endCurrent > start) ytext.delete(start, endCurrent - start);
  if (endNext > start) ytext.insert(start, next.slice(start, endNext));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Sets an item's text, merging with concurrent edits (see `replaceText`). */
export function setItemText(doc: Y.Doc, id: string, text: string, origin: Origin): boolean {
  return updateItems(doc, [{ id, patch: { text } }], origin).length > 0;
}

/** Locks or unlocks items. Locked items refuse every other op. */
export function setItemsLocked(doc: Y.Doc, ids: string[], locked: boolean, origin: Origin): string[] {
  return updateItems(
    doc,
    ids.map((id) => ({ id, patch: { locked } })),
    origin,
    { unlockedOnly: false },
  );
}
