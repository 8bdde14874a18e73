import * as Y from 'yjs';
import { createBoardDoc, getItemsMap, isBoardDoc } from '@werkplaats/shared';
import { buildBoard } from '../lib/board-fixture.js';
import { summarizeSamples, type LatencySummary } from '../lib/histogram.js';
import type { Target } from '../servers/launch.js';
import { waitForUnload } from './unload.js';
import { BenchClient } from './client.js';

export interface ColdLoadConfig {
  target: Target;
  /** An empty board the cold loads fill and then open. */
  boardId: string;
  notes: number;
  warmup: number;
  samples: number;
  /** Pause after the board left memory, so the unload's writes do not overlap the next load. */
  settleMs: number;
}

export interface ColdLoadResult {
  notes: number;
  /** Size of the board's full state (what sync step 2 carries). */
  stateBytes: number;
  /** Socket opened to the message that completed the board arriving (server load + first sync). */
  opens: LatencySummary;
  samplesMs: number[];
  /** The client's own time to apply what it received (not part of the figure; for context). */
  clientApply: LatencySummary;
}

const SAMPLE_TIMEOUT_MS = 15_000;
/** Writing a large board and reading it back whole is preparation, not a sample: it may take longer. */
const CHECK_TIMEOUT_MS = 90_000;

/** Writes a board of `notes` notes through a client, then checks a fresh client sees all of them. */
export async function writeBoard(target: Target, boardId: string, notes: number): Promise<number> {
  const { doc: fixture, updates } = buildBoard(notes);
  const writer = new BenchClient({
    port: target.port,
    boardId,
    doc: createBoardDoc(),
    mode: 'full',
    name: 'Writer',
  });
  await writer.synced;
  // Applied with a non-client origin, each batch is sent as the writer's own update.
  for (const update of updates) Y.applyUpdate(writer.doc, update, 'fixture');
  const check = await sample(target, boardId, notes, CHECK_TIMEOUT_MS);
  await writer.close();
  writer.doc.destroy();
  const stateBytes = Y.encodeStateAsUpdate(fixture).byteLength;
  fixture.destroy();
  if (check.ms === undefined) throw new Error(`the ${target.kind} server did not store all ${notes} notes`);
  return stateBytes;
}

/**
 * One cold open: a fresh client with an empty document connects, and the clock stops when the message
 * that makes the board whole has arrived. Ours answers sync step 1 with the loaded board; the
 * reference answers at once from an empty document and sends the board as an update once y-leveldb
 * has read it. Both are "the client has the board", timed on arrival, before the client applies it.
 */
async function sample(
  target: Target,
  boardId: string,
  notes: number,
  timeoutMs = SAMPLE_TIMEOUT_MS,
): Promise<{ ms?: number; applyMs: number }> {
  const doc = new Y.Doc();
  let applyMs = 0;
  let resolveDone: (ms: number | undefined) => void = () => undefined;
  const done = new Promise<number | undefined>((resolve) => (resolveDone = resolve));
  const started = performance.now();
  const client = new BenchClient({
    port: target.port,
    boardId,
    doc,
    mode: 'full',
    name: 'Reader',
    handlers: {
      onApplied: (at) => {
        applyMs += performance.now() - at;
        if (isBoardDoc(doc) && getItemsMap(doc).size >= notes) resolveDone(at - started);
      },
    },
  });
  const timeout = setTimeout(() => resolveDone(undefined), timeoutMs);
  void client.closed.then(() => resolveDone(undefined));
  const ms = await done;
  clearTimeout(timeout);
  await client.close();
  doc.destroy();
  return { ms, applyMs };
}

/** Prepares the board, then opens it cold `warmup + samples` times, each after it left memory. */
export async function runColdLoad(config: ColdLoadConfig): Promise<ColdLoadResult> {
  const { target, boardId, notes } = config;
  const stateBytes = await writeBoard(target, boardId, notes);
  await waitForUnload(target, config.settleMs);
  const samplesMs: number[] = [];
  const applyMs: number[] = [];
  for (let i = 0; i < config.warmup + config.samples; i++) {
    const result = await sample(target, boardId, notes);
    if (result.ms === undefined)
      throw new Error(`cold load ${i + 1} did not complete within ${SAMPLE_TIMEOUT_MS} ms`);
    if (i >= config.warmup) {
      samplesMs.push(result.ms);
      applyMs.push(result.applyMs);
    }
    await waitForUnload(target, config.settleMs);
  }
  return {
    notes,
    stateBytes,
    opens: summarizeSamples(samplesMs),
    samplesMs,
    clientApply: summarizeSamples(applyMs),
  };
}
