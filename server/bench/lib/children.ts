import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, Methods, ReadyInfo } from './rpc.js';

/** The server package; children run from here so `--import tsx` resolves. */
export const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));

const STARTUP_TIMEOUT_MS = 30_000;
/** No single call may take longer; a wedged child fails the scenario instead of hanging the run. */
const CALL_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 8_000;

/** Every child still running; killed on any exit of the runner, including errors and Ctrl-C. */
const live = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

export interface ChildHandle<M extends Methods> {
  readonly role: string;
  readonly pid: number;
  readonly info: ReadyInfo;
  call<K extends keyof M & string>(method: K, ...args: Parameters<M[K]>): Promise<Awaited<ReturnType<M[K]>>>;
  /** Calls the child's `close` method if it has one, then ends it (SIGKILL if it does not exit). */
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** Name used in messages: "ours", "reference", "load", "floor". */
  role: string;
  /** Entry file relative to server/bench. */
  entry: string;
  /** CPU to pin the child to with `taskset`; undefined runs unpinned. */
  cpu: number | undefined;
  env?: Record<string, string>;
  /** Use `env` as the whole environment instead of adding it to this process's. */
  clearEnv?: boolean;
  /** Extra Node options, such as `--cpu-prof`. */
  nodeOptions?: string[];
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Starts a bench child: Node with tsx and the `source` condition, like the server's own tests. */
export function startChild<M extends Methods>(options: ChildOptions): Promise<ChildHandle<M>> {
  const nodeArgs = [
    ...(options.nodeOptions ?? []),
    '--conditions=source',
    '--import',
    'tsx',
    `${BENCH_DIR}${options.entry}`,
  ];
  // taskset execs node in place, so the child's pid is node's.
  const [command, args] =
    options.cpu === undefined
      ? [process.execPath, nodeArgs]
      : ['taskset', ['-c', String(options.cpu), process.execPath, ...nodeArgs]];
  const child = spawn(command, args, {
    cwd: SERVER_DIR,
    env: options.clearEnv ? options.env : { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  live.add(child);

  let nextId = 1;
  const pending = new Map<number, Pending>();
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const send = (method: string, args: unknown, timeoutMs: number) =>
    new Promise<unknown>((resolve, reject) => {
      if (exited) return reject(new Error(`${options.role} is not running`));
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${options.role}: ${method} did not answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        fn();
      };
      pending.set(id, {
        resolve: (value) => settle(() => resolve(value)),
        reject: (error) => settle(() => reject(error)),
      });
      child.send({ type: 'call', id, method, args });
    });

  const handle = (info: ReadyInfo): ChildHandle<M> => ({
    role: options.role,
    pid: child.pid!,
    info,
    call: (method, ...callArgs) =>
      send(method, callArgs[0] ?? null, CALL_TIMEOUT_MS) as Promise<Awaited<ReturnType<M[typeof method]>>>,
    stop: async () => {
      if (exited) return;
      const deadline = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      // A child without a close method, or one that fails to close, is simply ended.
      await Promise.race([send('close', null, STOP_TIMEOUT_MS).catch(() => undefined), exit]);
      if (child.connected) child.disconnect();
      await exit;
      clearTimeout(deadline);
    },
  });

  return new Promise((resolve, reject) => {
    const startup = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.role} did not start within ${STARTUP_TIMEOUT_MS / 1000} s`));
    }, STARTUP_TIMEOUT_MS);

    child.once('exit', (code, signal) => {
      exited = true;
      live.delete(child);
      clearTimeout(startup);
      const error = new Error(`${options.role} exited (${signal ?? code})`);
      reject(error);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    });

    child.on('message', (raw) => {
      const message = raw as ChildMessage;
      if (message.type === 'ready') {
        clearTimeout(startup);
        resolve(handle(message.info));
        return;
      }
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.type === 'result') call.resolve(message.value);
      else call.reject(new Error(`${options.role}: ${message.error}`));
    });
  });
}
