import * as Y from 'yjs';

/**
 * Whether Yjs is holding back structs or deletions whose dependencies it has not seen. For a document
 * rebuilt from storage that means updates are missing: every stored update was complete when written.
 */
export function hasPendingUpdates(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * The document's integrated state as one update, leaving out what Yjs holds back as pending.
 * `Y.encodeStateAsUpdate` appends pending structs; stored in a snapshot, they would make the next load
 * look incomplete, so one client sending an update with a gap could make a board unloadable. Nothing is
 * lost: pending structs were never applied or broadcast, and their sender resends them on its next sync
 * because the server's state vector does not include them.
 */
export function encodeIntegratedState(doc: Y.Doc): Uint8Array {
  const { store } = doc;
  const { pendingStructs, pendingDs } = store;
  // Synchronous, so nothing can observe the store without its pending parts.
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}
