import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_TIMEOUT_MS = 60_000;

/** `instrumented`: the entry next to this file (see there). `index`: the real `src/index.ts`, signals and all. */
export type Entry = 'instrumented' | 'index';

const ENTRIES: Record<Entry, string> = {
  instrumented: join(SERVER_DIR, 'reliability/harness/instrumented-server.ts'),
  index: join(SERVER_DIR, 'src/index.ts'),
};

export interface ServerProcess {
  port: number;
  setupUrl: string | undefined;
  child: ChildProcess;
  /** Resolves when the process has ended, with how. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Durability windows (ms) the instrumented entry reported so far. */
  durabilityMs: number[];
  /** Board loads per board since it started, from its latest report. */
  loads: Record<string, number>;
  /** Event-loop lag samples, each with when (performance.now() here) it was received. */
  lag: { at: number; ms: number }[];
  /** CPU time (user + system) it has used, from its latest report. */
  cpuMs: number;
  /** Everything the process wrote to stderr (its log), for failure messages. */
  stderr(): string;
}

/** Every process started here, so a failing test never leaves a server behind. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * Starts the server from source (tsx, `source` condition, as the bench does) in its own process on
 * `port` (0 picks one) with its data in `dataDir`. Resolves once it listens.
 */
export function startServerProcess(
  entry: Entry,
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  // No web app is needed; an empty client folder keeps a missing build from mattering.
  const clientDir = join(dataDir, 'client');
  mkdirSync(clientDir, { recursive: true });
  // `RELIABILITY_CPU_PROF=<dir>`: a V8 CPU profile of every server process, written when it ends.
  const profile = process.env.RELIABILITY_CPU_PROF;
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--conditions=source', '--import', 'tsx', ENTRIES[entry]],
    {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        CLIENT_DIR: clientDir,
        LOG_LEVEL: process.env.RELIABILITY_SERVER_LOG ? 'debug' : 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  live.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  let log = '';
  // `RELIABILITY_SERVER_LOG=<file>`: every server's whole log, appended to that file.
  const logFile = process.env.RELIABILITY_SERVER_LOG;
  child.stderr!.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (logFile) appendFileSync(logFile, chunk);
  });
  const durabilityMs: number[] = [];
  const handle: ServerProcess = {
    port: 0,
    setupUrl: undefined,
    child,
    exited,
    durabilityMs,
    loads: {},
    lag: [],
    cpuMs: 0,
    stderr: () => log,
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${STARTUP_TIMEOUT_MS / 1000} s:\n${log}`));
    }, STARTUP_TIMEOUT_MS);
    let setupUrl: string | undefined;
    let listening: number | undefined;
    let buffered = '';
    const ready = (port: number) => {
      clearTimeout(timer);
      Object.assign(handle, { port, setupUrl });
      resolve(handle);
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.startsWith('{')) {
          const message = JSON.parse(line) as {
            ready?: { port: number; setupUrl: string | null };
            durabilityMs?: number[];
            loads?: Record<string, number>;
            lagMs?: number[];
            cpuMs?: number;
          };
          if (message.durabilityMs) durabilityMs.push(...message.durabilityMs);
          if (message.loads) handle.loads = message.loads;
          const at = performance.now();
          for (const ms of message.lagMs ?? []) handle.lag.push({ at, ms });
          if (message.cpuMs !== undefined) handle.cpuMs = message.cpuMs;
          if (message.ready) {
            setupUrl = message.ready.setupUrl ?? undefined;
            ready(message.ready.port);
          }
          continue;
        }
        // src/index.ts prints its address, then either the setup link or an invitation to log in.
        const running = /running on http:\/\/[^:]+:(\d+)/.exec(line);
        if (running) listening = Number(running[1]);
        const setup = /^\s+(http:\/\/\S+\/setup#\S+)$/.exec(line);
        if (setup) setupUrl = setup[1];
        if (listening !== undefined && (setup || line.startsWith('Open it in a browser'))) ready(listening);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${signal ?? code}) before it listened:\n${log}`));
    });
  });
}
