import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { createBoardDoc, MESSAGE_SYNC, newId } from '@werkplaats/shared';
import { summarizeSamples, type LatencySummary } from '../lib/histogram.js';
import type { Target } from '../servers/launch.js';

/**
 * P6's loaders: clients that open a large board, take the whole board and leave, again and again.
 * They only count and drop what they receive: applying 50,000 items four times over in the load
 * generator would measure the load generator.
 */
export interface LoaderResult {
  /** Syncs that received the whole board. */
  syncs: number;
  /** Socket opened to the whole board having arrived (see `syncOnce`). */
  sync: LatencySummary;
  /** Syncs whose socket failed, or that did not bring the whole board within `SYNC_LIMIT_MS`. */
  failures: number;
}

/** A sync that has not brought the board by then is counted as failed and its socket dropped. */
const SYNC_LIMIT_MS = 30_000;

function step1Message(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, createBoardDoc());
  return encoding.toUint8Array(encoder);
}

/** The document bytes a sync message carries (a step 2 or an update), and whether it is a step 2. */
function readSync(data: Buffer): { bytes: number; step2: boolean } | undefined {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined;
  const type = decoding.readVarUint(decoder);
  if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) return undefined;
  return { bytes: decoding.readVarUint(decoder), step2: type === syncProtocol.messageYjsSyncStep2 };
}

/**
 * One open, sync and close; resolves with the time until the server's step 2 has arrived and the
 * document bytes received (step 2 and updates) reach `boardBytes`, or undefined if that did not
 * happen. A step 2 alone is not enough: a server may answer from a board it has not loaded yet (the
 * reference does, and sends the board as an update once its persistence has read it).
 */
function syncOnce(
  target: Target,
  boardId: string,
  step1: Uint8Array,
  boardBytes: number,
): Promise<number | undefined> {
  return new Promise((resolve) => {
    const params = new URLSearchParams({ name: 'Loader', uid: newId(), role: 'participant' });
    const ws = new WebSocket(`ws://127.0.0.1:${target.port}/sync/${boardId}?${params}`, {
      perMessageDeflate: false,
    });
    const started = performance.now();
    let received = 0;
    let answered = false;
    const finish = (ms: number | undefined) => {
      clearTimeout(timer);
      ws.terminate();
      resolve(ms);
    };
    const timer = setTimeout(() => finish(undefined), SYNC_LIMIT_MS);
    ws.on('open', () => ws.send(step1));
    ws.on('message', (data: Buffer) => {
      const sync = readSync(data);
      if (!sync) return;
      received += sync.bytes;
      answered ||= sync.step2;
      if (answered && received >= boardBytes) finish(performance.now() - started);
    });
    ws.on('error', () => finish(undefined));
    ws.on('close', () => finish(undefined));
  });
}

export class Loaders {
  private running = true;
  private readonly samples: number[] = [];
  private failures = 0;
  private readonly done: Promise<void>;

  /** `boardBytes`: document bytes that make the whole board (a little below its encoded size). */
  constructor(target: Target, boardId: string, count: number, boardBytes: number) {
    const step1 = step1Message();
    const loop = async () => {
      while (this.running) {
        const ms = await syncOnce(target, boardId, step1, boardBytes);
        if (ms === undefined) this.failures++;
        else this.samples.push(ms);
      }
    };
    this.done = Promise.all(Array.from({ length: count }, loop)).then(() => undefined);
  }

  async stop(): Promise<LoaderResult> {
    this.running = false;
    await this.done;
    return { syncs: this.samples.length, sync: summarizeSamples(this.samples), failures: this.failures };
  }
}
