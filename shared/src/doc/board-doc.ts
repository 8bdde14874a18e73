import * as Y from 'yjs';

/** Name of the one root map of every board document. */
export const ROOT_KEY = 'board';

/** Board-level schema version, stored in `meta`; see `board-migrations.ts`. */
export const BOARD_SCHEMA_VERSION = 1;

/**
 * The steps that build the board's containers. They run once in a scratch document with a fixed
 * client id, so every peer that applies the resulting update gets byte-identical structs: when two
 * peers both initialise a board the containers are the same, not two rivals of which one would win
 * and silently drop the other's items. Append new steps; never edit or reorder existing ones.
 */
const INIT_STEPS: ((root: Y.Map<unknown>) => void)[] = [
  (root) => {
    const meta = new Y.Map<unknown>();
    root.set('meta', meta);
    meta.set('schemaVersion', 1);
    root.set('items', new Y.Map<Y.Map<unknown>>());
  },
  (root) => {
    // Facilitation state (run-sheet, timer, modes, follow) and vote results: written by facilitators
    // and the server only. Comments and reactions: written by the server on a person's request, so
    // comment-only experts never send document updates.
    root.set('session', new Y.Map<unknown>());
    root.set('votes', new Y.Map<unknown>());
    root.set('comments', new Y.Map<unknown>());
    root.set('reactions', new Y.Map<unknown>());
  },
];

/** Client id of the deterministic init steps; real clients draw random 32-bit ids, never 0. */
const INIT_CLIENT_ID = 0;

let initUpdate: Uint8Array | undefined;

/** The canonical update that creates an empty board's structure. */
export function boardInitUpdate(): Uint8Array {
  if (!initUpdate) {
    const scratch = new Y.Doc({ gc: false });
    scratch.clientID = INIT_CLIENT_ID;
    const root = scratch.getMap<unknown>(ROOT_KEY);
    for (const step of INIT_STEPS) scratch.transact(() => step(root));
    initUpdate = Y.encodeStateAsUpdate(scratch);
    scratch.destroy();
  }
  return initUpdate;
}

/** Applies the canonical structure to `doc`; harmless when the doc already has it. */
export function initBoardDoc(doc: Y.Doc): void {
  Y.applyUpdate(doc, boardInitUpdate(), INIT_ORIGIN);
}

const INIT_ORIGIN = Object.freeze({ kind: 'system', reason: 'init' });

/** A new board document with its containers in place. */
export function createBoardDoc(options?: { gc?: boolean }): Y.Doc {
  const doc = new Y.Doc({ gc: options?.gc ?? true });
  initBoardDoc(doc);
  return doc;
}

export function getRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT_KEY);
}

/** The map of all items keyed by id. Throws when the doc was never initialised (a programming error). */
export function getItemsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  const items = getRoot(doc).get('items');
  if (!(items instanceof Y.Map)) throw new Error('board document is not initialised');
  return items as Y.Map<Y.Map<unknown>>;
}

export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  const meta = getRoot(doc).get('meta');
  if (!(meta instanceof Y.Map)) throw new Error('board document is not initialised');
  return meta;
}

/** The top-level containers that hold something other than items. */
export type BoardContainer = 'meta' | 'session' | 'votes' | 'comments' | 'reactions';

/** One of the board's containers. Throws when the doc was never initialised (a programming error). */
export function getContainer(doc: Y.Doc, name: BoardContainer): Y.Map<unknown> {
  const container = getRoot(doc).get(name);
  if (!(container instanceof Y.Map)) throw new Error('board document is not initialised');
  return container as Y.Map<unknown>;
}

/** Whether the doc holds the board structure (false for a brand-new, not yet synced doc). */
export function isBoardDoc(doc: Y.Doc): boolean {
  return getRoot(doc).get('items') instanceof Y.Map;
}
