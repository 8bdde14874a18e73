import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startChild, type ChildHandle } from '../lib/children.js';
import type { HeapUsage } from '../lib/heap.js';
import type { LatencySummary } from '../lib/histogram.js';
import type { LagStats, LagWindow } from '../lib/lag-sampler.js';

export type ServerKind = 'ours' | 'reference';

export type ServerMethods = {
  /** Creates an empty board and returns its id. */
  'board.create': () => Promise<string>;
  /** Creates `count` empty boards and returns their ids. */
  'board.createMany': (count: number) => Promise<string[]>;
  /** Event-loop lag over a past window. */
  'lag.read': (window: LagWindow) => LagStats;
  /** Arrival to stored, per update, over a past window (P4); null where it is not measured. */
  'durability.read': (window: LagWindow) => LatencySummary | null;
  /** Heap after full garbage collections. */
  'heap.read': () => HeapUsage;
  close: () => Promise<void>;
};

/** A sync server under test, in its own process, with its own temporary storage. */
export interface Target {
  kind: ServerKind;
  port: number;
}

export interface RunningServer extends Target {
  child: ChildHandle<ServerMethods>;
  /** Stops the process and deletes its storage. */
  stop(): Promise<void>;
}

/** Server settings read from the environment; unset so a developer's shell cannot skew a run. */
const OUR_CONFIG_KEYS = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'CLIENT_DIR',
  'MAX_FRAME_BYTES',
  'UNLOAD_GRACE_MS',
  'COMPACT_AFTER_UPDATES',
  'SQLITE_SYNCHRONOUS',
  'LOG_LEVEL',
  'YPERSISTENCE',
  'CALLBACK_URL',
  'GC',
];

const liveDirs = new Set<string>();

/**
 * `BENCH_CPU_PROF=<dir>` writes a V8 CPU profile of every server process to that folder (open it in
 * Chrome DevTools or speedscope), in a subfolder per server kind. The profiler costs some speed: figures from
 * such a run are for finding hot spots, not for the table.
 */
function profileOptions(kind: ServerKind): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return [];
  // One folder per kind: every thread writes its own profile (tsx's loader runs in a worker).
  return ['--cpu-prof', `--cpu-prof-dir=${join(resolve(dir), kind)}`];
}

/** Removes storage of servers that were not stopped normally (called on any exit of the runner). */
export function removeServerDirs(): void {
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  liveDirs.clear();
}

/**
 * Starts ours (real SQLite, LOG_LEVEL=warn) or the reference (y-leveldb persistence) on a free port
 * on 127.0.0.1, pinned to `cpu`. `settings` are extra environment variables for ours.
 */
export async function launchServer(
  kind: ServerKind,
  cpu: number | undefined,
  settings: Record<string, string> = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `werkplaats-bench-${kind}-`));
  liveDirs.add(dataDir);
  const env: Record<string, string> = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !OUR_CONFIG_KEYS.includes(entry[0]),
    ),
  );
  if (kind === 'ours') {
    // An empty client folder: the bench needs no web app, and a missing one only makes log noise.
    const clientDir = join(dataDir, 'client');
    mkdirSync(clientDir);
    Object.assign(
      env,
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: clientDir, LOG_LEVEL: 'warn' },
      settings,
    );
  } else {
    Object.assign(env, { YPERSISTENCE: dataDir });
  }
  try {
    const child = await startChild<ServerMethods>({
      role: kind,
      entry: `servers/${kind}.ts`,
      cpu,
      env,
      clearEnv: true,
      // For P7's heap figures; collections happen only when the bench asks for one.
      nodeOptions: ['--expose-gc', ...profileOptions(kind)],
    });
    return {
      kind,
      port: Number(child.info.port),
      child,
      stop: async () => {
        await child.stop();
        rmSync(dataDir, { recursive: true, force: true });
        liveDirs.delete(dataDir);
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    liveDirs.delete(dataDir);
    throw error;
  }
}
