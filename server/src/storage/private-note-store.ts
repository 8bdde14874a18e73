/** One person's private document on one board, as stored. */
export interface StoredPrivateDoc {
  userId: string;
  /** The name shown with their count to the facilitator. */
  name: string;
  /** The whole document as one Yjs update. */
  state: Uint8Array;
}

/**
 * Private-mode documents, one per board and person. Kept apart from the board's log so that nothing
 * that reads or exports a board can ever include a note its author has not revealed. A document is
 * small (notes only), so each save replaces it whole; `save` must be durable when it resolves.
 */
export interface PrivateNoteStore {
  loadPrivateDocs(boardId: string): Promise<StoredPrivateDoc[]>;
  savePrivateDoc(boardId: string, doc: StoredPrivateDoc): Promise<void>;
}
