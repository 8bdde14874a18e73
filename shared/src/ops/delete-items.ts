import type * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';

/** Deletes items in one transaction, skipping missing and locked ones. Returns the deleted ids. */
export function deleteItems(doc: Y.Doc, ids: string[], origin: Origin): string[] {
  const items = getItemsMap(doc);
  const deleted: string[] = [];
  doc.transact(() => {
    for (const id of ids) {
      const map = items.get(id);
      if (!map || map.get('locked') === true) continue;
      items.delete(id);
      deleted.push(id);
    }
  }, origin);
  return deleted;
}
