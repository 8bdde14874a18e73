import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, sleep, tempDataDir } from '../src/server.test-helpers.js';
import { contains, readStoredBoard } from './harness/board-state.js';
import { Fleet } from './harness/fleet.js';
import { startServerProcess, type ServerProcess } from './harness/server-process.js';
import { envInt, LONG, percentile } from './harness/stats.js';

/*
 * Issue 8, part 2: the real `src/index.ts` gets SIGTERM while participants edit. It must store and
 * compact every open board and exit 0 within 5 s; the file is then sound, holds everything the
 * observer received, and has no log left over (all folded into the snapshot). After the restart every
 * client resyncs and the board is exactly the union of everyone's work: 0 lost.
 *
 *   npx vitest run server/reliability/shutdown.test.ts                      # CI: 3 stops, 10 clients
 *   RELIABILITY_LONG=1 npx vitest run server/reliability/shutdown.test.ts   # 10 stops, 50 clients
 *   SHUTDOWN_RUNS=20 SHUTDOWN_CLIENTS=50 npx vitest run server/reliability/shutdown.test.ts
 */

const CLIENTS = envInt('SHUTDOWN_CLIENTS', LONG ? 50 : 10);
const RUNS = envInt('SHUTDOWN_RUNS', LONG ? 10 : 3);
/** src/index.ts gives up (exit 1) after this; the issue asks for the flush to fit in it. */
const DEADLINE_MS = 5_000;

/** Resyncing 50 clients to a board of thousands of notes takes long on a starved machine. */
const CONVERGE_MS = 120_000;

const dataDir = tempDataDir();
afterAll(() => removeDir(dataDir));

describe('SIGTERM under load', () => {
  it(
    `${RUNS} graceful stops with ${CLIENTS} clients: flushed within 5 s, everyone resyncs, 0 lost`,
    async () => {
      let server: ServerProcess = await startServerProcess('index', dataDir, 0);
      const port = server.port;
      const fleet = await Fleet.start(
        { url: `http://127.0.0.1:${port}`, port, setupUrl: server.setupUrl },
        CLIENTS,
      );
      const stopMs: number[] = [];
      try {
        for (let run = 1; run <= RUNS; run++) {
          fleet.startEditing();
          await sleep(500 + Math.random() * 1000);
          const signalled = performance.now();
          server.child.kill('SIGTERM');
          const exit = await server.exited;
          stopMs.push(performance.now() - signalled);
          expect(exit, `run ${run}:\n${server.stderr()}`).toEqual({ code: 0, signal: null });
          expect(stopMs.at(-1)).toBeLessThan(DEADLINE_MS);
          fleet.forgetInFlight();

          const stored = readStoredBoard(dataDir, fleet.boardId);
          expect(stored.integrity).toBe('ok');
          expect(stored.logEntries, 'the final snapshot covers the whole log').toBe(0);
          expect(
            contains(stored.doc, fleet.observer.doc),
            `run ${run}: an acknowledged update is missing`,
          ).toBe(true);
          stored.doc.destroy();

          server = await startServerProcess('index', dataDir, port);
          fleet.stopEditing();
          await fleet.converge(CONVERGE_MS);
        }
      } finally {
        fleet.stop();
        server.child.kill('SIGKILL');
        await server.exited;
      }
      console.log(
        `shutdown: ${RUNS} SIGTERMs, ${CLIENTS} clients, ${fleet.edits} edits; signal → exit p50 ${Math.round(percentile(stopMs, 50))} ms, max ${Math.round(Math.max(...stopMs))} ms; 0 lost`,
      );
    },
    RUNS * 150_000 + 60_000,
  );
});
