import type * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { compareZ } from '../doc/read.js';
import { keysAtBottom, keysOnTop } from '../doc/zorder.js';
import { updateItems } from './update-items.js';

function inPaintOrder(doc: Y.Doc, ids: string[]): string[] {
  const items = getItemsMap(doc);
  return ids
    .map((id) => ({ id, z: String(items.get(id)?.get('z') ?? '') }))
    .filter((entry) => items.has(entry.id))
    .sort(compareZ)
    .map((entry) => entry.id);
}

/** Brings items to the front, keeping their order among themselves. */
export function bringToFront(doc: Y.Doc, ids: string[], origin: Origin): string[] {
  const ordered = inPaintOrder(doc, ids);
  const keys = keysOnTop(doc, ordered.length);
  return updateItems(
    doc,
    ordered.map((id, i) => ({ id, patch: { z: keys[i]! } })),
    origin,
  );
}

/** Sends items to the back, keeping their order among themselves. */
export function sendToBack(doc: Y.Doc, ids: string[], origin: Origin): string[] {
  const ordered = inPaintOrder(doc, ids);
  const keys = keysAtBottom(doc, ordered.length);
  return updateItems(
    doc,
    ordered.map((id, i) => ({ id, patch: { z: keys[i]! } })),
    origin,
  );
}
