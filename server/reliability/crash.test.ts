import { afterAll, describe, expect, it } from 'vitest';
import { createPrng, getItemsMap } from '@werkplaats/shared';
import { removeDir, sleep, tempDataDir } from '../src/server.test-helpers.js';
import { contains, readStoredBoard } from './harness/board-state.js';
import { Fleet } from './harness/fleet.js';
import { startServerProcess, type ServerProcess } from './harness/server-process.js';
import { envInt, LONG, summarize } from './harness/stats.js';

/*
 * Issue 8, part 1: the server killed with SIGKILL while participants edit, over and over on one
 * database. Odd runs are killed from outside at a random moment; even runs kill themselves inside a
 * compaction's SQLite transaction (see harness/instrumented-server.ts). After each kill, before anything can
 * reconnect: the file passes `PRAGMA integrity_check` and holds every update the observer received
 * (acknowledged = broadcast, which the server does only after storing). After the restart: clients
 * resync their local documents and the board is exactly the union of everyone's work.
 *
 *   npx vitest run server/reliability/crash.test.ts                       # CI: 20 runs, 10 clients
 *   RELIABILITY_LONG=1 npx vitest run server/reliability/crash.test.ts    # 20 runs, 50 clients
 *   CRASH_RUNS=100 CRASH_CLIENTS=50 SEED=7 npx vitest run server/reliability/crash.test.ts
 */

const CLIENTS = envInt('CRASH_CLIENTS', LONG ? 50 : 10);
const RUNS = envInt('CRASH_RUNS', 20);
const SEED = envInt('SEED', Date.now() % 1_000_000);
/**
 * Compactions come every 100 stored updates on a small board, and an armed server asks for one every
 * 300 ms besides (a large board's own come minutes apart). A starved machine stores far fewer updates,
 * so a run that waits for its k-th compaction still gets a generous limit.
 */
const KILL_WAIT_MS = 120_000;
const COMPACT_AFTER_UPDATES = '100';

/** Resyncing 50 clients to a board of thousands of notes takes long on a starved machine. */
const CONVERGE_MS = 120_000;

const dataDir = tempDataDir();
afterAll(() => removeDir(dataDir));

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('kill -9 under load', () => {
  it(
    `${RUNS} kills with ${CLIENTS} clients: nothing acknowledged is lost, the file is sound, the board is everyone's work`,
    async () => {
      const prng = createPrng(SEED);
      const replay = `replay with SEED=${SEED} CRASH_RUNS=${RUNS} CRASH_CLIENTS=${CLIENTS}`;
      const settings = (run: number): Record<string, string> => ({
        COMPACT_AFTER_UPDATES,
        CRASH_AT_COMPACTION: run % 2 === 0 ? String(1 + prng.int(3)) : '0',
      });
      let server: ServerProcess = await startServerProcess('instrumented', dataDir, 0, settings(1));
      const port = server.port;
      const fleet = await Fleet.start(
        { url: `http://127.0.0.1:${port}`, port, setupUrl: server.setupUrl },
        CLIENTS,
      );
      const durability: number[] = [];
      let downMs = 0;
      try {
        for (let run = 1; run <= RUNS; run++) {
          const context = `run ${run} (${run % 2 === 0 ? 'inside a compaction' : 'from outside'}), ${replay}`;
          fleet.startEditing();
          if (run % 2 === 1) {
            await sleep(200 + prng.int(1300));
            server.child.kill('SIGKILL');
          } else {
            server.child.kill('SIGUSR2');
          }
          const running = server;
          const exit = await within(server.exited, KILL_WAIT_MS, `${context}: the kill`).catch(
            (error: unknown) => {
              const synced = fleet.clients.filter((client) => client.isSynced).length;
              throw new Error(`${String(error)}; ${synced} clients synced; server log:\n${running.stderr()}`);
            },
          );
          const killedAt = Date.now();
          expect(exit.signal, context).toBe('SIGKILL');
          fleet.forgetInFlight();
          durability.push(...server.durabilityMs);

          // Nothing listens now, so no client can have reconnected: this is what a restart would load.
          const stored = readStoredBoard(dataDir, fleet.boardId);
          expect(stored.integrity, context).toBe('ok');
          expect(
            contains(stored.doc, fleet.observer.doc),
            `${context}: an acknowledged update is missing`,
          ).toBe(true);
          stored.doc.destroy();

          server = await startServerProcess('instrumented', dataDir, port, settings(run + 1));
          downMs += Date.now() - killedAt;
          fleet.stopEditing();
          await fleet.converge(CONVERGE_MS).catch((error: unknown) => {
            throw new Error(`${context}: ${String(error)}\n${server.stderr()}`, { cause: error });
          });
        }
      } finally {
        fleet.stop();
        server.child.kill('SIGKILL');
        await server.exited;
      }
      const final = readStoredBoard(dataDir, fleet.boardId);
      expect(final.integrity).toBe('ok');
      expect(contains(final.doc, fleet.union()), replay).toBe(true);
      console.log(
        [
          `crash: ${RUNS} kills (${Math.ceil(RUNS / 2)} from outside, ${Math.floor(RUNS / 2)} inside a compaction), ${CLIENTS} clients, seed ${SEED}`,
          `  ${fleet.edits} edits; board ends with ${getItemsMap(final.doc).size} items; mean restart ${Math.round(downMs / RUNS)} ms`,
          `  durability window, message arrival → committed (server): ${summarize(durability)}`,
          `  client send → observer receipt (upper bound, incl. both hops): ${summarize(fleet.sendToObserverMs)}`,
        ].join('\n'),
      );
    },
    RUNS * 60_000 + 60_000,
  );
});
