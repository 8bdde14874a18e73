import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_AUTH, MESSAGE_SYNC } from '@werkplaats/shared';

/**
 * `lean`: applies the server's state once (to get the board's containers), then only answers the
 * server's sync step 1, so it resends whatever of its own the server lacks, as y-websocket does; fifty
 * clients applying everyone's edits would measure the test process instead of the server.
 * `full`: applies everything, as a browser tab does; the observer uses it to see what was acknowledged.
 */
export type ClientMode = 'lean' | 'full';

export interface EditClientOptions {
  /** Read at every (re)connect: the server may come back on another port. */
  url: () => string;
  cookie: string;
  mode: ClientMode;
  /** A local update was put on the wire (not sent while disconnected: the next sync carries it). */
  onSent?: (key: number, at: number) => void;
  /** A broadcast update arrived (full clients only). */
  onReceived?: (key: number, at: number) => void;
}

/** (client id, clock) of an update's first struct: Yjs client ids are 32-bit, clocks stay < 2^21. */
export function updateKey(update: Uint8Array): number | undefined {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return undefined;
  decoding.readVarUint(decoder);
  const client = decoding.readVarUint(decoder);
  return client * 2 ** 21 + decoding.readVarUint(decoder);
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * A y-websocket client over `ws` with a cookie, reconnecting on its own after any close (50–250 ms,
 * like y-websocket's backoff at its shortest) until `stop`. Its document outlives every connection.
 */
export class EditClient {
  readonly doc = new Y.Doc();
  /** Completed handshakes (our step 1 answered), counted over every connection. */
  syncs = 0;
  refusals = 0;
  private ws: WebSocket | undefined;
  private running = true;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: EditClientOptions) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || !this.isOpen) return;
      const key = updateKey(update);
      if (key !== undefined) this.options.onSent?.(key, performance.now());
      this.ws!.send(syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update)));
    });
    this.connect();
  }

  get isOpen(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** Synced on the current connection: the server answered our step 1. */
  get isSynced(): boolean {
    return this.isOpen && this.syncedOn === this.ws;
  }

  private syncedOn: WebSocket | undefined;

  private connect(): void {
    const ws = new WebSocket(this.options.url(), {
      headers: { cookie: this.options.cookie },
      perMessageDeflate: false,
      // A handshake left unanswered (a server killed mid-upgrade) would otherwise never close, and the
      // client would never try again.
      handshakeTimeout: 5_000,
    });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    ws.on('error', () => undefined);
    ws.on('open', () => {
      ws.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, this.doc)));
    });
    ws.on('message', (data: Buffer) => this.handle(ws, new Uint8Array(data)));
    ws.on('close', () => {
      if (this.ws === ws) this.ws = undefined;
      if (this.running) this.reconnectTimer = setTimeout(() => this.connect(), 50 + Math.random() * 200);
    });
  }

  private handle(ws: WebSocket, data: Uint8Array): void {
    const at = performance.now();
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH) {
      this.refusals++;
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      ws.send(syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, this.doc, payload)));
      return;
    }
    const applies = this.options.mode === 'full' || this.syncs === 0;
    if (syncType === syncProtocol.messageYjsUpdate) {
      const key = updateKey(payload);
      if (key !== undefined) this.options.onReceived?.(key, at);
    }
    if (applies) Y.applyUpdate(this.doc, payload, this);
    if (syncType === syncProtocol.messageYjsSyncStep2) {
      this.syncs++;
      this.syncedOn = ws;
    }
  }

  /** Ends the connection and stops reconnecting. */
  stop(): void {
    this.running = false;
    clearTimeout(this.reconnectTimer);
    this.ws?.terminate();
  }
}
