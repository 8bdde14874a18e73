import * as Y from 'yjs';
import { buildBoard } from '../lib/board-fixture.js';
import { heapAfterGc } from '../lib/heap.js';

/** Heap a plain `Y.Doc` of `notes` notes takes once loaded from its state: the floor of P7's board. */
export function boardHeapFloor(notes = 5_000): number {
  const built = buildBoard(notes).doc;
  const state = Y.encodeStateAsUpdate(built);
  built.destroy();
  const before = heapAfterGc().heapUsedMb;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const after = heapAfterGc().heapUsedMb;
  doc.destroy();
  return after - before;
}
