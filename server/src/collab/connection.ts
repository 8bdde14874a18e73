import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import {
  CLOSE_CODES,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_PRIVATE,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SERVER_TIME,
  MESSAGE_SYNC,
  connectionOrigin,
  newId,
} from '@werkplaats/shared';
import type { Identity } from '../identity/identity.js';
import type { Logger } from '../log.js';
import { awarenessMessage, permissionDeniedMessage, serverTimeMessage } from './messages.js';
import type { Peer } from './peer.js';
import { MalformedMessageError, type Room } from './room.js';
import type { Corkable, TurnBatch } from './turn-batch.js';
import { assertBoundedUpdate } from './update-bounds.js';

/**
 * A client that cannot keep up is dropped rather than buffered without bound; it resyncs on reconnect.
 * The bound is this much beyond the largest answer it was sent: someone joining a large board is sent
 * the whole board at once (20 MB for 50,000 notes), and counting that against them dropped them for
 * the next edit anyone made while it was still on its way, on every reconnect again.
 */
export const DEFAULT_MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const CLOSE_TRY_AGAIN_LATER = 1013;

type Handler = (connection: Connection, decoder: decoding.Decoder) => void;

/**
 * One handler per y-websocket message type. A type not listed here closes the connection as malformed:
 * it means the peer speaks another protocol version, and failing loudly beats silently dropping what it
 * believes it sent.
 */
const HANDLERS: Record<number, Handler> = {
  [MESSAGE_SYNC]: (connection, decoder) => {
    const type = decoding.readVarUint(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      connection.room.replyToSyncStep1(connection, decoding.readVarUint8Array(decoder));
    } else if (type === syncProtocol.messageYjsSyncStep2 || type === syncProtocol.messageYjsUpdate) {
      const update = decoding.readVarUint8Array(decoder);
      assertBoundedUpdate(update);
      connection.room.receiveUpdate(connection, update);
    } else {
      throw new MalformedMessageError(`unknown sync message type ${type}`);
    }
  },
  [MESSAGE_AWARENESS]: (connection, decoder) => {
    connection.room.receiveAwareness(connection, decoding.readVarUint8Array(decoder));
  },
  [MESSAGE_QUERY_AWARENESS]: (connection) => {
    const { awareness } = connection.room;
    connection.send(awarenessMessage(awareness, [...awareness.getStates().keys()]));
  },
  // Clients have nothing to tell the server on the auth channel; ignoring it keeps old clients working.
  [MESSAGE_AUTH]: () => undefined,
  [MESSAGE_SERVER_TIME]: (connection, decoder) => {
    connection.send(serverTimeMessage(decoding.readVarUint(decoder), Date.now()));
  },
  [MESSAGE_PRIVATE]: (connection, decoder) => {
    connection.room.privateNotes.handle(connection, decoder);
  },
};

export interface ConnectionOptions {
  /** Was sent the board's stored updates before joining the room (see `RoomManager.acquire`). */
  hasStoredState?: boolean;
  /** Told of every refusal (a permission reason, or `malformed`), for the metrics. */
  onRefused?: (reason: string) => void;
  /** Bytes this connection may have waiting beyond its largest answer; see `DEFAULT_MAX_BUFFERED_BYTES`. */
  maxBufferedBytes?: number;
  /** Writes to the WebSocket's underlying socket are gathered per event-loop turn; see `TurnBatch`. */
  batch?: { turns: TurnBatch; socket: Corkable };
}

/** A WebSocket speaking y-websocket to one room on behalf of one identity. */
export class Connection implements Peer {
  readonly id = newId(12);
  readonly origin = connectionOrigin(this.id);
  readonly awarenessIds = new Set<number>();
  readonly hasStoredState: boolean;
  private readonly onRefused: (reason: string) => void;
  private readonly batch: ConnectionOptions['batch'];
  /** The most bytes sent at once: the board sent before joining, or a sync answer. */
  private largestSend: number;
  private readonly maxBufferedBytes: number;

  constructor(
    private readonly socket: WebSocket,
    readonly identity: Identity,
    readonly room: Room,
    private readonly log: Logger,
    options: ConnectionOptions = {},
  ) {
    this.hasStoredState = options.hasStoredState ?? false;
    this.onRefused = options.onRefused ?? (() => undefined);
    this.batch = options.batch;
    this.largestSend = socket.bufferedAmount;
    this.maxBufferedBytes = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  }

  /** Handles one binary message. Unreadable bytes close this connection only; the room is untouched. */
  handleMessage(data: Uint8Array): void {
    // Frames can still arrive after we started closing; the room is done with this peer by then.
    if (this.socket.readyState !== this.socket.OPEN) return;
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      const handler = HANDLERS[type];
      if (!handler) throw new MalformedMessageError(`unknown message type ${type}`);
      handler(this, decoder);
    } catch (error) {
      this.log.warn('connection.malformed', {
        boardId: this.room.boardId,
        peer: this.id,
        error: String(error),
      });
      this.onRefused('malformed');
      this.close(CLOSE_CODES.malformed, 'malformed message');
    }
  }

  send(...messages: Uint8Array[]): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes + this.largestSend) {
      this.close(CLOSE_TRY_AGAIN_LATER, 'too far behind; reconnect to resync');
      return;
    }
    this.largestSend = Math.max(
      this.largestSend,
      messages.reduce((sum, message) => sum + message.byteLength, 0),
    );
    this.batch?.turns.hold(this.batch.socket);
    for (const message of messages) this.socket.send(message);
  }

  refuse(reason: string): void {
    this.onRefused(reason);
    this.send(permissionDeniedMessage(reason));
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }
}
