import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { SERVER_DIR } from './children.js';

export interface Machine {
  cpuModel: string;
  /** CPUs this process may run on (its affinity), which is what the bench can use. */
  cpus: number[];
  logicalCores: number;
  memoryGb: number;
  os: string;
  node: string;
  versions: Record<string, string>;
  gitCommit: string;
  gitDirty: boolean;
  taskset: boolean;
}

/** Where each process runs: the server alone on one core, the load generator on another. */
export interface CorePlan {
  server: number | undefined;
  load: number | undefined;
  note: string;
}

function tasksetAvailable(): boolean {
  return spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Parses an affinity list such as "0-3,6". */
function parseCpuList(list: string): number[] {
  return list
    .trim()
    .split(',')
    .flatMap((part) => {
      const [from, to] = part.split('-').map(Number);
      if (from === undefined || Number.isNaN(from)) return [];
      const last = to ?? from;
      return Array.from({ length: last - from + 1 }, (_, i) => from + i);
    });
}

function allowedCpus(taskset: boolean): number[] {
  if (taskset) {
    const out = spawnSync('taskset', ['-pc', String(process.pid)], { encoding: 'utf8' }).stdout;
    const list = /list:\s*(.+)$/m.exec(out)?.[1];
    if (list) return parseCpuList(list);
  }
  return os.cpus().map((_, i) => i);
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(`${SERVER_DIR}package.json`);
    const path = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd: SERVER_DIR,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

export function describeMachine(): Machine {
  const taskset = tasksetAvailable();
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: allowedCpus(taskset),
    logicalCores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    versions: Object.fromEntries(
      ['yjs', 'y-protocols', 'ws', '@y/websocket-server', 'better-sqlite3', 'hdr-histogram-js'].map(
        (name) => [name, packageVersion(name)],
      ),
    ),
    gitCommit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    gitDirty: git(['status', '--porcelain']) !== '',
    taskset,
  };
}

export function planCores(machine: Machine): CorePlan {
  if (!machine.taskset) {
    return { server: undefined, load: undefined, note: 'taskset not found: processes are not pinned' };
  }
  const [server, load] = machine.cpus;
  if (server === undefined || load === undefined) {
    return { server: undefined, load: undefined, note: 'one CPU only: server and load share it' };
  }
  return { server, load, note: `server on CPU ${server}, load generator on CPU ${load}` };
}
