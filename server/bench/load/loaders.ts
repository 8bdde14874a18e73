import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { createBoardDoc, MESSAGE_SYNC, newId } from '@werkplaats/shared';
import { summarizeSamples, type LatencySummary } from '../lib/histogram.js';
import type { Target } from '../servers/launch.js';

/**
 * P6's loaders: clients that open a large board, take the server's sync step 2 and leave, again and
 * again. They only time and drop what they receive: applying 50,000 items four times over in the
 * load generator would measure the load generator.
 */
export interface LoaderResult {
  syncs: number;
  /** Socket opened to the step 2 that answers the loader's step 1 having arrived. */
  sync: LatencySummary;
}

function step1Message(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, createBoardDoc());
  return encoding.toUint8Array(encoder);
}

function isStep2(data: Buffer): boolean {
  const decoder = decoding.createDecoder(data);
  return (
    decoding.readVarUint(decoder) === MESSAGE_SYNC &&
    decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
  );
}

/** One open, sync and close; resolves with the time to the step 2, or undefined if the socket failed. */
function syncOnce(target: Target, boardId: string, step1: Uint8Array): Promise<number | undefined> {
  return new Promise((resolve) => {
    const params = new URLSearchParams({ name: 'Loader', uid: newId(), role: 'participant' });
    const ws = new WebSocket(`ws://127.0.0.1:${target.port}/sync/${boardId}?${params}`, {
      perMessageDeflate: false,
    });
    const started = performance.now();
    ws.on('open', () => ws.send(step1));
    ws.on('message', (data: Buffer) => {
      if (!isStep2(data)) return;
      const ms = performance.now() - started;
      ws.terminate();
      resolve(ms);
    });
    ws.on('error', () => resolve(undefined));
    ws.on('close', () => resolve(undefined));
  });
}

export class Loaders {
  private running = true;
  private readonly samples: number[] = [];
  private failures = 0;
  private readonly done: Promise<void>;

  constructor(target: Target, boardId: string, count: number) {
    const step1 = step1Message();
    const loop = async () => {
      while (this.running) {
        const ms = await syncOnce(target, boardId, step1);
        if (ms === undefined) this.failures++;
        else this.samples.push(ms);
      }
    };
    this.done = Promise.all(Array.from({ length: count }, loop)).then(() => undefined);
  }

  async stop(): Promise<LoaderResult & { failures: number }> {
    this.running = false;
    await this.done;
    return { syncs: this.samples.length, sync: summarizeSamples(this.samples), failures: this.failures };
  }
}
