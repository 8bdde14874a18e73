import * as Y from 'yjs';
import { buildBoard } from '../lib/board-fixture.js';
import { summarizeSamples, type LatencySummary } from '../lib/histogram.js';
import { collectGarbage } from './gc.js';

/**
 * The floor of a cold load: the board's stored state applied to a new document and encoded as the
 * sync step 2 a new client gets, in one process with no storage or network.
 */
export function coldLoadFloor(notes = 5_000, warmup = 2, samples = 30): LatencySummary {
  const { doc } = buildBoard(notes);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const emptyStateVector = Y.encodeStateVector(new Y.Doc());
  const times: number[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    collectGarbage();
    const started = performance.now();
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, state);
    Y.encodeStateAsUpdate(loaded, emptyStateVector);
    if (i >= warmup) times.push(performance.now() - started);
    loaded.destroy();
  }
  return summarizeSamples(times);
}
