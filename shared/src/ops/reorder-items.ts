import * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { compareZ } from '../doc/read.js';
import { keysAtBottom, keysOnTop } from '../doc/zorder.js';
import { updateItems } from './update-items.js';

function inPaintOrder(doc: Y.Doc, ids: string[]): string[] {
  const items = getItemsMap(doc);
  const entries: { id: string; z: string }[] = [];
  for (const id of ids) {
    const map: unknown = items.get(id);
    // Not-a-map entries are corrupt; updateItems would skip them anyway.
    if (map instanceof Y.Map) entries.push({ id, z: String(map.get('z') ?? '') });
  }
  return entries.sort(compareZ).map((entry) => entry.id);
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
