import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { MESSAGE_AUTH, MESSAGE_SYNC, newId } from '@werkplaats/shared';
import { awarenessKey, awarenessKeys, awarenessMessage, peek, syncUpdateMessage, updateKey } from './wire.js';

export interface ClientHandlers {
  /** A local document update is about to be sent; `key` identifies it at the readers. */
  onSentUpdate?(key: number | undefined, at: number): void;
  onSentAwareness?(key: number | undefined, at: number): void;
  /** Lean clients, after sync: a document update arrived at `at` (not applied). */
  onUpdate?(update: Uint8Array, at: number): void;
  /** Lean clients, after sync: an awareness message arrived (keys read only if this is set). */
  onAwareness?(key: number, at: number): void;
  /** Full clients: a sync message that arrived at `at` has been applied to the doc. */
  onApplied?(at: number): void;
}

/**
 * `lean`: a real y-protocols peer (handshake, real Yjs updates and awareness from its own doc) that,
 * once synced, reads only the header of what it receives. Fifty full clients in one process would
 * measure the load generator instead of the server; real clients each have their own machine.
 * `full`: applies everything it receives, like a browser tab opening the board.
 */
export type ClientMode = 'lean' | 'full';

export interface ClientOptions {
  port: number;
  boardId: string;
  doc: Y.Doc;
  mode: ClientMode;
  name: string;
  handlers?: ClientHandlers;
}

const EMPTY = new Uint8Array();

/** One client of `/sync/:boardId` speaking the y-websocket protocol over `ws`. */
export class BenchClient {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Resolves when the server's sync step 2 has been applied; rejects if the socket closes first. */
  readonly synced: Promise<void>;
  readonly closed: Promise<number>;
  closeCode: number | undefined;
  refusals = 0;
  /**
   * While set, local updates are kept instead of sent, to be sent one by one by `sendHeld`: a load
   * made ahead of time, so that making it does not take the load generator's time during the window.
   */
  holding = false;
  private readonly held: Uint8Array[] = [];
  private nextHeld = 0;
  private isSynced = false;
  private readonly ws: WebSocket;
  private readonly mode: ClientMode;
  private readonly handlers: ClientHandlers;

  constructor(options: ClientOptions) {
    this.doc = options.doc;
    this.mode = options.mode;
    this.handlers = options.handlers ?? {};
    this.awareness = new Awareness(this.doc);
    const params = new URLSearchParams({ name: options.name, uid: newId(), role: 'participant' });
    const url = `ws://127.0.0.1:${options.port}/sync/${encodeURIComponent(options.boardId)}?${params}`;
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.binaryType = 'nodebuffer';

    let markSynced: () => void = () => undefined;
    let failSync: (error: Error) => void = () => undefined;
    this.synced = new Promise<void>((resolve, reject) => {
      markSynced = resolve;
      failSync = reject;
    });
    // Callers that never await `synced` must not crash the process on a close.
    this.synced.catch(() => undefined);
    this.closed = new Promise<number>((resolve) => {
      this.ws.on('close', (code) => {
        this.closeCode = code;
        failSync(new Error(`socket closed (${code}) before sync`));
        this.awareness.destroy();
        resolve(code);
      });
    });
    this.ws.on('error', () => undefined);

    this.ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.send(encoding.toUint8Array(encoder));
      if (this.awareness.getLocalState() !== null) {
        this.send(awarenessMessage(encodeAwarenessUpdate(this.awareness, [this.doc.clientID])));
      }
    });

    this.ws.on('message', (data: Buffer) => {
      const at = performance.now();
      if (this.mode === 'lean' && this.isSynced) this.peekMessage(data, at);
      else this.applyMessage(data, at, markSynced);
    });

    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      if (this.holding) this.held.push(update);
      else this.sendUpdate(update);
    });

    this.awareness.on(
      'update',
      (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin !== 'local' || this.ws.readyState !== this.ws.OPEN) return;
        const update = encodeAwarenessUpdate(this.awareness, [
          ...change.added,
          ...change.updated,
          ...change.removed,
        ]);
        this.handlers.onSentAwareness?.(awarenessKey(update), performance.now());
        this.send(awarenessMessage(update));
      },
    );
  }

  /** Sends the oldest update made while `holding`; false when none is left. */
  sendHeld(): boolean {
    const update = this.held[this.nextHeld];
    if (!update) return false;
    this.held[this.nextHeld++] = EMPTY;
    this.sendUpdate(update);
    return true;
  }

  get isOpen(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  close(): Promise<number> {
    if (this.ws.readyState === this.ws.CONNECTING || this.ws.readyState === this.ws.OPEN) this.ws.close();
    return this.closed;
  }

  /** Drops the connection without a close handshake. */
  terminate(): Promise<number> {
    this.ws.terminate();
    return this.closed;
  }

  private sendUpdate(update: Uint8Array): void {
    this.handlers.onSentUpdate?.(updateKey(update), performance.now());
    this.send(syncUpdateMessage(update));
  }

  private send(message: Uint8Array): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(message);
  }

  private peekMessage(data: Uint8Array, at: number): void {
    const incoming = peek(data);
    if (incoming.kind === 'update') this.handlers.onUpdate?.(incoming.update, at);
    else if (incoming.kind === 'awareness' && this.handlers.onAwareness) {
      for (const key of awarenessKeys(incoming.update)) this.handlers.onAwareness(key, at);
    } else if (incoming.kind === 'refusal') this.refusals++;
  }

  private applyMessage(data: Uint8Array, at: number, markSynced: () => void): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH) {
      this.refusals++;
      return;
    }
    // Remote presence is not rendered here, so awareness is not applied.
    if (type !== MESSAGE_SYNC) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
    if (syncType === syncProtocol.messageYjsSyncStep2 && !this.isSynced) {
      this.isSynced = true;
      markSynced();
    }
    this.handlers.onApplied?.(at);
  }
}
