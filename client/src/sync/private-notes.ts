import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  MESSAGE_PRIVATE,
  PRIVATE_MESSAGE,
  privateNotesMap,
  readPrivateNotes,
  type PrivateCount,
  type Sticky,
} from '@werkplaats/shared';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { Emitter } from '../lib/emitter';

/** Marks changes that came from the server, so they are not sent back. */
const REMOTE = Symbol('private-remote');

/**
 * This person's private notes on this board: a document of their own that the server syncs with their
 * connections only (message 101), next to the board's. A facilitator also gets the count per person.
 * Not kept in the browser's storage: the server holds it, and a shared computer keeps nothing.
 */
export class PrivateNotes {
  readonly doc = new Y.Doc();
  readonly notesChanged = new Emitter();
  readonly countsChanged = new Emitter();
  readonly editingChanged = new Emitter();
  private notes: Sticky[] = [];
  private counts: PrivateCount[] = [];
  /** The private note whose text editor is open; kept here, apart from the board's editing state. */
  private editingId: string | null = null;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly facilitator: boolean,
    /** People who follow along read-only have no private notes: they never join. */
    private readonly readOnly: boolean,
  ) {
    provider.messageHandlers[MESSAGE_PRIVATE] = (_encoder, decoder) => this.receive(decoder);
    provider.on('status', this.onStatus);
    this.doc.on('update', this.onLocalUpdate);
    privateNotesMap(this.doc).observeDeep(this.refresh);
    if (provider.wsconnected) this.join();
  }

  readonly getNotes = (): readonly Sticky[] => this.notes;
  readonly getCounts = (): readonly PrivateCount[] => this.counts;
  readonly getEditingId = (): string | null => this.editingId;

  startEditing(id: string | null): void {
    this.editingId = id;
    this.editingChanged.emit();
  }

  /** Facilitator: reveal everyone's private notes (the server checks the role). */
  reveal(anonymous: boolean): void {
    this.send(PRIVATE_MESSAGE.reveal, (encoder) => encoding.writeVarUint(encoder, anonymous ? 1 : 0));
  }

  destroy(): void {
    this.provider.off('status', this.onStatus);
    this.doc.off('update', this.onLocalUpdate);
    privateNotesMap(this.doc).unobserveDeep(this.refresh);
    this.doc.destroy();
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.join();
  };

  /** Sync step 1 on every (re)connect: the server answers with what we lack and asks for what it lacks. */
  private join(): void {
    if (this.readOnly) return;
    this.send(PRIVATE_MESSAGE.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
    if (this.facilitator) this.send(PRIVATE_MESSAGE.watchCounts);
  }

  private send(kind: number, write: (encoder: encoding.Encoder) => void = () => undefined): void {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_PRIVATE);
    encoding.writeVarUint(encoder, kind);
    write(encoder);
    ws.send(encoding.toUint8Array(encoder));
  }

  private receive(decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === PRIVATE_MESSAGE.sync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_PRIVATE);
      encoding.writeVarUint(reply, PRIVATE_MESSAGE.sync);
      const before = encoding.length(reply);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, REMOTE);
      if (encoding.length(reply) > before) this.provider.ws?.send(encoding.toUint8Array(reply));
    } else if (kind === PRIVATE_MESSAGE.counts) {
      this.counts = JSON.parse(decoding.readVarString(decoder)) as PrivateCount[];
      this.countsChanged.emit();
    }
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === REMOTE) return;
    this.send(PRIVATE_MESSAGE.sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
  };

  private readonly refresh = (): void => {
    this.notes = readPrivateNotes(this.doc);
    this.notesChanged.emit();
  };
}
