import * as Y from 'yjs';
import { createBoardDoc, createItem, createLocalOrigin, moveItems } from '@werkplaats/shared';
import { createLatencyHistogram, recordMs, summarize, type LatencySummary } from '../lib/histogram.js';
import { seededRandom } from '../lib/random.js';
import { peek, syncUpdateMessage } from '../load/wire.js';
import { collectGarbage } from './gc.js';

const AUTHOR = { userId: 'bench', name: 'Bench' };

interface Writer {
  doc: Y.Doc;
  id: string;
  origin: ReturnType<typeof createLocalOrigin>;
}

/** `count` writers with one note each, and a server document holding all of them. */
function setup(count: number): { writers: Writer[]; server: Y.Doc } {
  const server = createBoardDoc();
  const writers = Array.from({ length: count }, (_, i) => {
    const doc = createBoardDoc();
    const origin = createLocalOrigin(`bench${i}`);
    const note = createItem(doc, { type: 'sticky', x: i * 220, y: 0, text: `note ${i}` }, AUTHOR, origin);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    return { doc, id: note.id, origin };
  });
  return { writers, server };
}

/**
 * The floor of edit propagation: the same path as over the network (a writer's update applied to the
 * server's document, the server's update encoded as a y-websocket message, a reader reading its
 * header) as plain function calls in one process.
 */
export function editPropagationFloor(writersCount = 50, warmup = 1_000, iterations = 10_000): LatencySummary {
  const { writers, server } = setup(writersCount);
  const histogram = createLatencyHistogram();
  collectGarbage();
  let outgoing: Uint8Array | undefined;
  server.on('update', (update: Uint8Array) => {
    outgoing = syncUpdateMessage(update);
  });
  const random = seededRandom(7);
  for (let i = 0; i < warmup + iterations; i++) {
    const writer = writers[i % writers.length]!;
    const handler = (update: Uint8Array) => {
      const started = performance.now();
      Y.applyUpdate(server, update, 'peer');
      if (outgoing) peek(outgoing);
      if (i >= warmup) recordMs(histogram, performance.now() - started);
    };
    writer.doc.once('update', handler);
    moveItems(
      writer.doc,
      [{ id: writer.id, x: Math.round(random() * 4000), y: Math.round(random() * 3000) }],
      writer.origin,
    );
  }
  return summarize(histogram);
}

/**
 * The floor of write throughput: updates from `writersCount` writers applied to one server document
 * and encoded for broadcast, back to back in one process. Returns updates/s and per-update cost.
 */
export function writeThroughputFloor(
  writersCount = 50,
  updates = 20_000,
): { perSecond: number; latency: LatencySummary } {
  const { writers, server } = setup(writersCount);
  const pending: Uint8Array[] = [];
  for (const writer of writers) writer.doc.on('update', (update: Uint8Array) => pending.push(update));
  const random = seededRandom(11);
  for (let i = 0; i < updates; i++) {
    const writer = writers[i % writers.length]!;
    moveItems(
      writer.doc,
      [{ id: writer.id, x: Math.round(random() * 4000), y: Math.round(random() * 3000) }],
      writer.origin,
    );
  }
  server.on('update', (update: Uint8Array) => syncUpdateMessage(update));
  const histogram = createLatencyHistogram();
  collectGarbage();
  const started = performance.now();
  for (const update of pending) {
    const at = performance.now();
    Y.applyUpdate(server, update, 'peer');
    recordMs(histogram, performance.now() - at);
  }
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: pending.length / seconds, latency: summarize(histogram) };
}
