import { afterAll, describe, expect, it } from 'vitest';
import { createItem, createLocalOrigin, STICKY_COLOR_NAMES } from '@werkplaats/shared';
import {
  api,
  createNetwork,
  facilitatorCookie,
  removeDir,
  sleep,
  tempDataDir,
} from '../src/server.test-helpers.js';
import { EditClient } from './harness/edit-client.js';
import { waitUntil } from './harness/fleet.js';
import { startServerProcess, type ServerProcess } from './harness/server-process.js';
import { envInt, LONG, percentile, summarize } from './harness/stats.js';

/*
 * Issue 8, part 9: many clients on many boards, the server killed and started again. Every client
 * reconnects and resyncs within 60 s, each board is loaded exactly once (however many clients ask for
 * it at the same moment), and the server's event loop stays responsive (lag p99 < 200 ms; see LAG_P99_LIMIT_MS for CI).
 *
 *   npx vitest run server/reliability/reconnect-storm.test.ts                      # 300 clients, 30 boards
 *   RELIABILITY_LONG=1 npx vitest run server/reliability/reconnect-storm.test.ts   # 1,000 clients, 100 boards
 *   STORM_CLIENTS=2000 STORM_BOARDS=100 npx vitest run server/reliability/reconnect-storm.test.ts
 */

const CLIENTS = envInt('STORM_CLIENTS', LONG ? 1_000 : 300);
const BOARDS = envInt('STORM_BOARDS', LONG ? 100 : 30);
const NOTES_PER_CLIENT = 3;
const RESYNC_LIMIT_MS = 60_000;
/**
 * The bound is 200 ms, which the full-size run holds to. In CI the storm shares two cores with
 * the rest of the unit suite, whose bursts show up as lag here, so the CI size allows 1 s.
 */
const LAG_P99_LIMIT_MS = envInt('STORM_LAG_P99_MS', LONG ? 200 : 1_000);

const dataDir = tempDataDir();
afterAll(() => removeDir(dataDir));

/** A learning network comes with five session boards; more sessions give more boards. */
async function makeBoards(target: { url: string; port: number; setupUrl?: string }): Promise<string[]> {
  const cookie = await facilitatorCookie(target);
  const network = await createNetwork(target, { title: 'Storm' });
  const boards = network.sessions.map((session) => session.boardId);
  while (boards.length < BOARDS) {
    const response = await api(target.url, 'POST', `/api/networks/${network.id}/sessions`, {
      cookie,
      body: { title: `Board ${boards.length + 1}`, date: '2026-01-05', time: '10:00', durationMinutes: 120 },
    });
    if (response.status !== 201) throw new Error(`new session: ${response.status}`);
    boards.push(((await response.json()) as { boardId: string }).boardId);
  }
  return boards.slice(0, BOARDS);
}

describe('reconnect storm', () => {
  it(`${CLIENTS} clients on ${BOARDS} boards resync after a restart: within 60 s, one load per board, lag p99 < ${LAG_P99_LIMIT_MS} ms`, async () => {
    let server: ServerProcess = await startServerProcess('instrumented', dataDir, 0);
    const { port } = server;
    const target = { url: `http://127.0.0.1:${port}`, port, setupUrl: server.setupUrl };
    const boards = await makeBoards(target);
    const cookie = await facilitatorCookie(target);
    const clients = Array.from(
      { length: CLIENTS },
      (_, i) =>
        new EditClient({
          url: () => `ws://127.0.0.1:${port}/sync/${boards[i % BOARDS]}`,
          cookie,
          mode: 'lean',
        }),
    );
    try {
      const notSynced = () => `${clients.filter((client) => !client.isSynced).length} clients not synced`;
      await waitUntil(() => clients.every((client) => client.isSynced), notSynced, 120_000, 200);
      // Something on every board, so loading one replays a log and is not free.
      const origin = createLocalOrigin('storm');
      for (const [i, client] of clients.entries()) {
        for (let n = 0; n < NOTES_PER_CLIENT; n++) {
          createItem(
            client.doc,
            { type: 'sticky', x: n * 220, y: i * 10, color: STICKY_COLOR_NAMES[n]!, text: `note ${i}.${n}` },
            { userId: 'storm', name: 'Storm' },
            origin,
          );
        }
      }
      await sleep(1_000);

      server.child.kill('SIGKILL');
      await server.exited;
      const restarted = performance.now();
      server = await startServerProcess('instrumented', dataDir, port);
      const listening = performance.now();
      await waitUntil(
        () => clients.every((client) => client.syncs >= 2 && client.isSynced),
        notSynced,
        RESYNC_LIMIT_MS + 60_000,
        50,
      );
      const resynced = performance.now();
      // Let the next report include the whole storm.
      await sleep(400);
      const loadCounts = Object.values(server.loads);
      // Reports come every 200 ms: the one after `resynced` still covers the end of the storm.
      const storm = (at: number) => at >= listening && at <= resynced + 200;
      const lag = server.lag.filter((sample) => storm(sample.at)).map((sample) => sample.ms);
      console.log(
        [
          `reconnect storm: ${CLIENTS} clients on ${BOARDS} boards`,
          `  all resynced ${Math.round(resynced - listening)} ms after the server listened (${Math.round(resynced - restarted)} ms after it was started)`,
          `  boards loaded: ${loadCounts.length}, most loads of one board: ${Math.max(...loadCounts)}`,
          `  event-loop lag from listening to all resynced: ${summarize(lag)}; server CPU ${Math.round(server.cpuMs)} ms`,
        ].join('\n'),
      );
      expect(resynced - listening).toBeLessThan(RESYNC_LIMIT_MS);
      expect(loadCounts.length).toBe(BOARDS);
      expect(Math.max(...loadCounts)).toBe(1);
      expect(percentile(lag, 99)).toBeLessThan(LAG_P99_LIMIT_MS);
    } finally {
      for (const client of clients) client.stop();
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 300_000);
});
