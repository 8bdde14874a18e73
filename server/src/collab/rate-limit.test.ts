import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { createItem, createLocalOrigin, getItemsMap, MESSAGE_AWARENESS } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  connectClient,
  createBoard,
  rawSocket,
  removeDir,
  sleep,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
} from '../server.test-helpers.js';
import { TokenBucket, type RateLimit } from './rate-limit.js';

describe('TokenBucket', () => {
  it('lets a burst through, then asks to wait until the next token', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 3, perSecond: 10 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBeCloseTo(100);
    now += 100;
    expect(bucket.take()).toBeCloseTo(100);
    now += 1000;
    expect(bucket.take()).toBe(0);
  });
});

const LIMIT: RateLimit = { burst: 20, perSecond: 150 };
const FLOOD = 600;
/** Messages already read from the socket when it is paused still count; a chunk holds a few dozen. */
const SLACK = 60;
const FLOOD_CLIENT = 424242;

/** Presence number `n` of the flooding client; each newer clock replaces the one before. */
function presenceMessage(n: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, FLOOD_CLIENT);
  encoding.writeVarUint(inner, n + 1);
  encoding.writeVarString(inner, JSON.stringify({ n }));
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}
let dataDir: string;
let server: RunningServer;
let boardId: string;
const clients: TestClient[] = [];

function client(name: string): TestClient {
  const c = connectClient(server, boardId, { name });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, {}, { rateLimit: LIMIT });
  boardId = await createBoard(server);
});

afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('a flooding connection', () => {
  it('is slowed to its rate, loses nothing, and a person at 10 edits/s next to it is not held up', async () => {
    const ana = client('Ana');
    await waitForSync(ana);
    // Measured where the limit acts, in the server's own document and presence: when each arrived.
    const room = (await server.rooms.loaded(boardId))!;
    const seenAt = new Map<string, number>();
    getItemsMap(room.doc).observe((event) => {
      const now = performance.now();
      for (const id of event.keysChanged) if (!seenAt.has(id)) seenAt.set(id, now);
    });
    const raw = await rawSocket(server, boardId, { name: 'Flood' });
    const heard: { at: number; n: number }[] = [];
    room.awareness.on('change', () => {
      const state = room.awareness.getStates().get(FLOOD_CLIENT) as { n?: number } | undefined;
      if (state?.n !== undefined) heard.push({ at: performance.now(), n: state.n });
    });
    // 600 presence updates from one raw socket, as fast as it can send them: each one message.
    const floodStart = performance.now();
    for (let n = 0; n < FLOOD; n++) raw.ws.send(presenceMessage(n));
    const madeAt = new Map<string, number>();
    for (let i = 0; i < 20; i++) {
      const made = performance.now();
      const { id } = createItem(
        ana.doc,
        { type: 'sticky', x: i, y: 9, text: `ana ${i}` },
        { userId: 'a', name: 'A' },
        createLocalOrigin('a'),
      );
      madeAt.set(id, made);
      await sleep(100);
    }
    await waitFor(
      () => seenAt.size >= 20 && heard.at(-1)?.n === FLOOD - 1,
      'every note and the last presence',
      30_000,
    );

    const floodMs = heard.at(-1)!.at - floodStart;
    // At no moment had the server taken more than the bucket allows: the burst plus the rate so far.
    const ahead = heard.filter(
      ({ at, n }) => n + 1 > LIMIT.burst + SLACK + ((at - floodStart) * LIMIT.perSecond) / 1000,
    );
    const anaLatencies = [...madeAt].map(([id, at]) => seenAt.get(id)! - at);
    expect(ahead).toEqual([]);
    expect(floodMs).toBeGreaterThan(((FLOOD - LIMIT.burst - SLACK) / LIMIT.perSecond) * 1000);
    // Ana's client runs in this process too and hears every paced presence update, so some delay is ours.
    const sorted = anaLatencies.sort((a, b) => a - b);
    expect(sorted[10]).toBeLessThan(250);
    expect(sorted.at(-1)).toBeLessThan(1000);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });
});
