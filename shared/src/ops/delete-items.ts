import * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';

/** Deletes items in one transaction, skipping missing and locked ones. Returns the deleted ids. */
export function deleteItems(doc: Y.Doc, ids: string[], origin: Origin): string[] {
  const items = getItemsMap(doc);
  const deleted: string[] = [];
  doc.transact(() => {
    for (const id of ids) {
      const map: unknown = items.get(id);
      // A corrupt entry that is not a map has no lock to respect, and deleting it is how it gets cleaned up.
      if (map === undefined || (map instanceof Y.Map && map.get('locked') === true)) continue;
      items.delete(id);
      deleted.push(id);
    }
  }, origin);
  return deleted;
}
