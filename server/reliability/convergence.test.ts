import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPrng, presenceColorFor, readItems, type Prng } from '@werkplaats/shared';
import type { RunningServer } from '../src/server.js';
import {
  api,
  cookieFor,
  createNetwork,
  facilitatorCookie,
  removeDir,
  startTestServer,
  tempDataDir,
} from '../src/server.test-helpers.js';
import { boardJson, sameBoard } from './harness/board-state.js';
import { SimClient } from './harness/sim-client.js';
import { SimNetwork } from './harness/sim-network.js';
import { envInt } from './harness/stats.js';

/*
 * Issue 8, part 3: 5–20 simulated clients edit one board through the server's real `Connection` and
 * `Room` (sockets replaced by a simulated network that delays, duplicates and interleaves messages,
 * keeping each connection's order as TCP does), with 2% disconnects, votes over HTTP, locks written by
 * the facilitator, and server restarts. Afterwards every client, the live room and a fresh load from
 * storage hold the same board.
 *
 *   npx vitest run server/reliability/convergence.test.ts                  # seeds 1..200
 *   CONVERGENCE_SEEDS=5000 npx vitest run server/reliability/convergence.test.ts
 *   SEED=123 npx vitest run server/reliability/convergence.test.ts         # replay one seed
 */

const STEPS = envInt('CONVERGENCE_STEPS', 150);
const SEEDS = process.env.SEED
  ? [envInt('SEED', 1)]
  : Array.from({ length: envInt('CONVERGENCE_SEEDS', 200) }, (_, i) => i + 1);

const dataDir = tempDataDir();
let server: RunningServer;
let facilitator: string;
/** One learning network for every seed; each seed adds a session, so it starts on an empty board. */
let networkId: string;
let voters: string[];
/**
 * Lets the server finish what the delivered messages started: the store commits a turn's appends at
 * the end of that turn, and the room broadcasts what was committed at the end of the next one.
 */
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
const baseUrl = () => `http://127.0.0.1:${server.port}`;

beforeAll(async () => {
  // No grace: a board left by everyone is unloaded (and compacted) at once, and loaded again later.
  server = await startTestServer(dataDir, { unloadGraceMs: 0 });
  const target = { url: baseUrl(), port: server.port, setupUrl: server.setupUrl };
  facilitator = await facilitatorCookie(target);
  const network = await createNetwork(target, { title: 'Convergence' });
  networkId = network.id;
  const firstBoard = network.sessions[0]!.boardId;
  voters = await Promise.all(['Voter A', 'Voter B'].map((name) => cookieFor(target, firstBoard, { name })));
});
afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

async function restartServer(): Promise<void> {
  await server.close();
  server = await startTestServer(dataDir, { unloadGraceMs: 0 });
}

/** Facilitator and participants vote through the HTTP operations; any status is fine except a 5xx. */
class Voting {
  private voteId: string | undefined;
  readonly failures: string[] = [];

  constructor(
    private readonly boardId: string,
    private readonly voters: string[],
    private readonly prng: Prng,
  ) {}

  async act(board: Y.Doc): Promise<void> {
    const roll = this.prng.next();
    const items = readItems(board).items;
    if (!this.voteId) {
      const response = await this.post(facilitator, 'votes', { title: 'Stem', budget: 3 });
      if (response.status === 201) this.voteId = ((await response.json()) as { id: string }).id;
      return;
    }
    const voteId = this.voteId;
    if (roll < 0.7 && items.length > 0) {
      const itemId = this.prng.pick(items).id;
      await this.post(this.prng.pick(this.voters), roll < 0.5 ? 'votes/dots' : 'votes/dots/remove', {
        voteId,
        itemId,
      });
    } else if (roll < 0.85) {
      await this.post(facilitator, 'votes/close', { voteId });
    } else {
      await this.post(facilitator, 'votes/reveal', { voteId });
      this.voteId = undefined;
    }
  }

  private async post(cookie: string, path: string, body: unknown): Promise<Response> {
    const response = await api(baseUrl(), 'POST', `/api/boards/${this.boardId}/${path}`, { cookie, body });
    if (response.status >= 500) this.failures.push(`${path}: ${response.status} ${await response.text()}`);
    return response;
  }
}

async function runSeed(seed: number): Promise<void> {
  const prng = createPrng(seed);
  const session = await api(baseUrl(), 'POST', `/api/networks/${networkId}/sessions`, {
    cookie: facilitator,
    body: { title: `Seed ${seed}`, date: '2026-01-05', time: '10:00', durationMinutes: 120 },
  });
  if (session.status !== 201) throw new Error(`new session: ${session.status} ${await session.text()}`);
  const { boardId } = (await session.json()) as { boardId: string };
  const network = new SimNetwork(prng, { maxDelay: 1 + prng.int(6), duplicate: 0.05 });
  let clientIds = seed * 1000;
  const clients = Array.from({ length: 5 + prng.int(16) }, (_, i) => {
    const userId = `user${i}`;
    const role = i === 0 ? 'facilitator' : 'participant';
    const identity = { userId, name: `Person ${i}`, role, color: presenceColorFor(userId) } as const;
    return new SimClient(identity, network, prng, () => ++clientIds % 2 ** 31);
  });
  const voting = new Voting(boardId, voters, prng);
  const tick = async () => {
    for (const client of clients) {
      if (client.online || --client.offlineFor > 0) continue;
      await client.connect(server.rooms, boardId);
    }
    network.tick();
    await settle();
  };

  let restarts = 0;
  for (let step = 0; step < STEPS; step++) {
    prng.pick(clients).randomEdit();
    if (prng.chance(0.02)) prng.pick(clients).disconnect();
    if (prng.chance(0.04) && clients[0]!.loaded) await voting.act(clients[0]!.doc);
    if (prng.chance(0.006)) {
      await restartServer();
      restarts++;
    }
    const ticks = prng.int(3);
    for (let t = 0; t < ticks; t++) await tick();
  }

  // Heal: no more faults, everyone back, everything delivered and stored.
  network.faults = { maxDelay: 0, duplicate: 0 };
  for (const client of clients) client.offlineFor = 0;
  for (let round = 0; round < 2_000; round++) {
    await tick();
    if (network.idle && clients.every((client) => client.online && client.loaded)) break;
  }
  const room = await server.rooms.loaded(boardId);
  if (!room) throw new Error('the board is not open after healing');
  await room.flushed();
  await settle();

  const stored = new Y.Doc();
  for (const update of (await server.store.loadBoard(boardId)).updates) Y.applyUpdate(stored, update);
  const diverged = clients
    .map((client, i) => ({ i, client }))
    .filter(({ client }) => !client.online || !client.loaded || !sameBoard(client.doc, room.doc))
    .map(({ i, client }) => `client ${i} (online ${client.online}, loaded ${client.loaded})`);
  const summary = `${clients.length} clients, ${restarts} restarts, ${clients.reduce((n, c) => n + c.refusals, 0)} refusals`;
  expect(voting.failures, summary).toEqual([]);
  expect(diverged, `${summary}; room: ${boardJson(room.doc).slice(0, 400)}`).toEqual([]);
  expect(sameBoard(stored, room.doc), 'a fresh load from storage equals the live room').toBe(true);
  for (const client of clients) client.disconnect();
  await settle();
}

describe('convergence through the server', () => {
  it.each(SEEDS)('seed %i: every client ends with the server’s board', async (seed) => {
    try {
      await runSeed(seed);
    } catch (error) {
      throw new Error(
        `seed ${seed} failed; replay with SEED=${seed} npx vitest run server/reliability/convergence.test.ts\n${String(error)}`,
        { cause: error },
      );
    }
  });
});
