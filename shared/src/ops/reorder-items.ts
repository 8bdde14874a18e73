import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { compareZ } from '../doc/read.js';
import { isOrderKey, keysAtBottom, keysOnTop } from '../doc/zorder.js';
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

/**
 * Moves each item one step up (`direction` 1) or down (-1) the paint order, past the neighbour that
 * is not itself moving, as "bring forward" and "send backward" do in drawing tools. Returns the ids
 * that moved. Items already at the top (or bottom) stay.
 */
export function shiftItems(doc: Y.Doc, ids: string[], direction: 1 | -1, origin: Origin): string[] {
  const entries: { id: string; z: string }[] = [];
  for (const [id, map] of getItemsMap(doc).entries()) {
    const z: unknown = map instanceof Y.Map ? map.get('z') : undefined;
    if (typeof z === 'string' && isOrderKey(z)) entries.push({ id, z });
  }
  entries.sort(compareZ);
  if (direction === -1) entries.reverse();
  const moving = new Set(ids);
  const order = entries.map((entry) => entry.id);
  // Walk from the far end so a block of selected items moves together, each past the one neighbour.
  for (let i = order.length - 2; i >= 0; i--) {
    if (moving.has(order[i]!) && !moving.has(order[i + 1]!)) {
      [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
    }
  }
  if (direction === -1) order.reverse();
  const zOf = new Map(entries.map((entry) => [entry.id, entry.z]));
  const patches: { id: string; patch: { z: string } }[] = [];
  // Each run of adjacent moving items gets fresh keys between the still neighbours around it.
  for (let i = 0; i < order.length; i++) {
    if (!moving.has(order[i]!)) continue;
    let end = i;
    while (end + 1 < order.length && moving.has(order[end + 1]!)) end++;
    const below = i > 0 ? zOf.get(order[i - 1]!)! : null;
    const above = end < order.length - 1 ? zOf.get(order[end + 1]!)! : null;
    const run = order.slice(i, end + 1);
    const unchanged = run.every((id, k) => {
      const z = zOf.get(id)!;
      const previous = k === 0 ? below : zOf.get(run[k - 1]!)!;
      return (previous === null || previous < z) && (above === null || z < above);
    });
    // Equal neighbour keys (two peers' concurrent writes) leave no room between them; skip that run.
    if (!unchanged && (below === null || above === null || below < above)) {
      generateNKeysBetween(below, above, run.length).forEach((z, k) =>
        patches.push({ id: run[k]!, patch: { z } }),
      );
    }
    i = end;
  }
  return updateItems(doc, patches, origin);
}
