/**
 * Calls between the bench runner and its child processes over Node's IPC channel (JSON). A child
 * serves a table of named methods; the runner calls them by name and awaits the result.
 */

/** A child's method table: every method takes at most one JSON-able argument. */
export type Methods = Record<string, (args: never) => unknown>;

/** What a child reports once it is listening (a server's port) or ready to take calls. */
export type ReadyInfo = Record<string, string | number>;

export interface CallMessage {
  type: 'call';
  id: number;
  method: string;
  args: unknown;
}

export type ChildMessage =
  | { type: 'ready'; info: ReadyInfo }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'failure'; id: number; error: string };

function send(message: ChildMessage): void {
  process.send?.(message);
}

/**
 * Serves `methods` to the parent and announces readiness. The child exits when the parent goes away,
 * so a crashed or interrupted runner never leaves servers or load behind.
 */
export function serveMethods(methods: Methods, info: ReadyInfo = {}): void {
  if (!process.send) throw new Error('bench children must be started by the bench runner (no IPC channel)');
  process.on('message', (raw) => {
    const message = raw as CallMessage;
    if (message.type !== 'call') return;
    const handler = methods[message.method];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown method ${message.method}`);
        return handler(message.args as never);
      })
      .then(
        (value) => send({ type: 'result', id: message.id, value: value ?? null }),
        (error: unknown) =>
          send({
            type: 'failure',
            id: message.id,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          }),
      );
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', info });
}
