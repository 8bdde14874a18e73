import { MESSAGE_SYNC } from '@werkplaats/shared/protocol';

// y-protocols' sync message types, written out: importing y-protocols would load Yjs into the page's
// first script.
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
/** Sync step 1 with an empty state vector: "send me the whole board". */
const ASK_FOR_EVERYTHING = new Uint8Array([MESSAGE_SYNC, SYNC_STEP_1, 1, 0]);
/** A socket nobody claims (the page went elsewhere first) is closed after this long. */
const UNCLAIMED_MS = 30_000;

type SocketEvent =
  | { kind: 'open'; event: Event }
  | { kind: 'message'; event: MessageEvent<ArrayBuffer> }
  | { kind: 'error'; event: Event }
  | { kind: 'close'; event: CloseEvent };

export function syncServerUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** Hands the socket's events to `onEvent`; on open, first asks for the whole board when `ask` says so. */
function listen(socket: WebSocket, ask: boolean, onEvent: (event: SocketEvent) => void): void {
  socket.onopen = (event) => {
    if (ask) socket.send(ASK_FOR_EVERYTHING);
    onEvent({ kind: 'open', event });
  };
  socket.onmessage = (event: MessageEvent<ArrayBuffer>) => onEvent({ kind: 'message', event });
  socket.onerror = (event) => onEvent({ kind: 'error', event });
  socket.onclose = (event) => onEvent({ kind: 'close', event });
}

function isSyncStep2(data: ArrayBuffer): boolean {
  const bytes = new Uint8Array(data, 0, Math.min(2, data.byteLength));
  return bytes[0] === MESSAGE_SYNC && bytes[1] === SYNC_STEP_2;
}

/**
 * The socket a sync client gets in place of a new one: the early socket, with what it received so far.
 * y-websocket sends its own sync step 1 when a socket opens, so `open` is held back until the answer to
 * the early request has been handed over: the client then asks only for what is newer, instead of
 * having the whole board encoded and sent a second time. Messages are handed over in order, before
 * `open` if they came first; y-websocket handles them either way.
 */
class ClaimedSocket {
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  binaryType: BinaryType = 'arraybuffer';
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  /** The early request for the whole board is not answered yet: `open` waits for its answer. */
  private awaitingAnswer: boolean;
  private opened = false;
  /** Events held until the sync client's owner has set up everything that handles them. */
  private backlog: SocketEvent[] | null;

  constructor(
    private readonly socket: WebSocket,
    received: SocketEvent[],
    asked: boolean,
  ) {
    this.awaitingAnswer = asked;
    this.backlog = received;
    listen(socket, asked, (event) => this.receive(event));
  }

  /** Hands over what arrived so far, and from now on each event as it comes. */
  release(): void {
    const backlog = this.backlog ?? [];
    this.backlog = null;
    for (const event of backlog) this.deliver(event);
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  get url(): string {
    return this.socket.url;
  }

  send(data: Uint8Array | ArrayBuffer): void {
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  private receive(event: SocketEvent): void {
    if (this.backlog) this.backlog.push(event);
    else this.deliver(event);
  }

  private deliver(socketEvent: SocketEvent): void {
    switch (socketEvent.kind) {
      case 'open':
        this.opened = true;
        if (!this.awaitingAnswer) this.onopen?.(socketEvent.event);
        return;
      case 'message':
        this.onmessage?.(socketEvent.event);
        if (this.awaitingAnswer && isSyncStep2(socketEvent.event.data)) {
          this.awaitingAnswer = false;
          if (this.opened) this.onopen?.(new Event('open'));
        }
        return;
      case 'error':
        this.onerror?.(socketEvent.event);
        return;
      case 'close':
        this.onclose?.(socketEvent.event);
    }
  }
}

let early:
  | {
      url: string;
      socket: WebSocket;
      received: SocketEvent[];
      asked: boolean;
      timer: ReturnType<typeof setTimeout>;
    }
  | undefined;

/**
 * Opens the board's sync socket as the page starts, before the app's code has loaded, and unless the
 * browser's local copy holds the board already (`askForEverything` false), asks for the whole board
 * at once: the board's state then travels while the code downloads and compiles. The sync client
 * takes the socket over when it starts (see `EarlyOrNewWebSocket`).
 */
export function openEarlySocket(url: string, askForEverything: boolean): void {
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  const received: SocketEvent[] = [];
  listen(socket, askForEverything, (event) => received.push(event));
  const timer = setTimeout(() => {
    if (early?.socket !== socket) return;
    early = undefined;
    socket.close();
  }, UNCLAIMED_MS);
  early = { url, socket, received, asked: askForEverything, timer };
}

/** The early socket for `url`, once; undefined when there is none or it was taken. */
function claimEarlySocket(url: string): ClaimedSocket | undefined {
  if (early?.url !== url) return undefined;
  const { socket, received, asked, timer } = early;
  early = undefined;
  clearTimeout(timer);
  return new ClaimedSocket(socket, received, asked);
}

/**
 * For y-websocket's `WebSocketPolyfill`: the early socket when it is the one asked for, else a new
 * socket. Called with `new`; a constructor that returns an object gives that object. The early
 * socket's events wait for `releaseEarlySocket`.
 */
export const EarlyOrNewWebSocket = function (url: string, protocols?: string | string[]) {
  return claimEarlySocket(url) ?? new WebSocket(url, protocols);
} as unknown as typeof WebSocket;

/**
 * Lets the early socket a sync client took over hand it what arrived so far; a no-op for any other
 * socket (or none). Called once the session around the client is ready for the server's answer.
 */
export function releaseEarlySocket(socket: unknown): void {
  if (socket instanceof ClaimedSocket) socket.release();
}
