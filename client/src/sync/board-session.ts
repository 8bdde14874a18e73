import {
  canEditBoard,
  createBoardDoc,
  createLocalOrigin,
  getItemsMap,
  MESSAGE_AUTH,
  presenceColorFor,
  type Author,
  type Origin,
  type Role,
} from '@werkplaats/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { ConnectionMonitor, fatalReasonFor } from './connection';
import { DragPresence } from './drag-presence';
import { EarlyOrNewWebSocket, releaseEarlySocket } from './early-socket';
import { FacilitationState } from './facilitation-state';
import { FeedbackState } from './feedback-state';
import { quietFirstSync } from './first-sync';
import { ItemsIndex } from './items-index';
import { markSyncedLocalCopy } from './local-copy-mark';
import { clearLocalCopy, localStoreName } from './local-store';
import { Presence } from './presence';
import { PrivateNotes } from './private-notes';
import { ServerClock } from './server-clock';
import { UndoHistory } from './undo-history';
import { VoteState } from './vote-state';

export interface SessionOptions {
  boardId: string;
  userId: string;
  name: string;
  role: Role;
  /** An expert invited to comment only: read-only on the board, comments and reacts over HTTP. */
  commentOnly: boolean;
  /** Where the sync endpoint lives, e.g. `wss://example.org/sync`. */
  serverUrl: string;
}

let nextKey = 1;

/** Longest wait for the local copy before the server's answer is taken anyway (storage blocked or broken). */
const LOCAL_COPY_DEADLINE_MS = 1_000;

function localCopyLoaded(persistence: IndexeddbPersistence): Promise<void> {
  let deadline: ReturnType<typeof setTimeout> | undefined;
  return new Promise<void>((resolve) => {
    void persistence.whenSynced.then(() => resolve());
    persistence._db.catch(() => resolve());
    deadline = setTimeout(resolve, LOCAL_COPY_DEADLINE_MS);
  }).finally(() => clearTimeout(deadline));
}

/**
 * One person's connection to one board: the document, its local copy, the server connection,
 * presence, undo history and the item index the canvas reads. Everything here lives and dies
 * together; after a refusal the whole session is replaced (see `SessionHost`).
 */
export class BoardSession {
  /** Distinguishes this session from the one it replaced, e.g. as a React key. */
  readonly key = nextKey++;
  readonly doc: Y.Doc;
  readonly items: Y.Map<Y.Map<unknown>>;
  readonly origin: Origin;
  readonly author: Author;
  readonly readOnly: boolean;
  /** Facilitation controls and locks are this person's (the server decides; this only shapes the UI). */
  readonly facilitator: boolean;
  readonly index: ItemsIndex;
  readonly undo: UndoHistory;
  readonly connection: ConnectionMonitor;
  readonly presence: Presence;
  /** Moves and resizes in progress, here and elsewhere, shared by awareness until the drop. */
  readonly drags: DragPresence;
  readonly clock: ServerClock;
  readonly facilitation: FacilitationState;
  readonly privateNotes: PrivateNotes;
  /** Comments and reactions per item (written by the server only). */
  readonly feedback: FeedbackState;
  readonly votes: VoteState;
  private readonly provider: WebsocketProvider;
  private readonly persistence: IndexeddbPersistence;
  private readonly cancelLocalStore: () => void;
  private destroyed = false;

  constructor(
    readonly options: SessionOptions,
    onRefused: (reason: string) => void,
  ) {
    this.doc = createBoardDoc();
    this.items = getItemsMap(this.doc);
    this.origin = createLocalOrigin(options.userId);
    this.author = { userId: options.userId, name: options.name };
    this.readOnly = !canEditBoard(options.role, options.commentOnly);
    this.facilitator = options.role === 'facilitator';
    this.persistence = new IndexeddbPersistence(localStoreName(options.boardId), this.doc);
    this.provider = new WebsocketProvider(options.serverUrl, options.boardId, this.doc, {
      shouldReconnect: (event) => fatalReasonFor(event.code) === null,
      WebSocketPolyfill: EarlyOrNewWebSocket,
    });
    this.cancelLocalStore = quietFirstSync(this.provider, this.persistence, () =>
      markSyncedLocalCopy(options.boardId),
    );
    // The stock handler only logs a refusal; ours tells the person and resyncs with the server.
    this.provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder, provider) => {
      authProtocol.readAuthMessage(decoder, provider.doc, (_doc, reason) => onRefused(reason));
    };
    this.connection = new ConnectionMonitor(this.provider);
    this.clock = new ServerClock(this.provider);
    this.facilitation = new FacilitationState(this.doc);
    this.privateNotes = new PrivateNotes(this.provider, this.facilitator, this.readOnly);
    this.feedback = new FeedbackState(this.doc);
    this.votes = new VoteState(this.doc, this.provider, options.boardId);
    this.index = new ItemsIndex(this.items);
    this.undo = new UndoHistory(this.items, this.origin);
    this.presence = new Presence(this.provider.awareness, {
      id: options.userId,
      name: options.name,
      color: presenceColorFor(options.userId),
      role: options.role,
    });
    this.drags = new DragPresence(this.provider.awareness);
    // The local copy loads first, as it would before any socket could answer: when it opens, y-indexeddb
    // stores whatever the document holds, and holding the board then means encoding all of it again.
    void localCopyLoaded(this.persistence).then(() => releaseEarlySocket(this.provider.ws));
  }

  destroy(): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    this.destroyed = true;
    this.cancelLocalStore();
    this.presence.destroy();
    this.drags.destroy();
    this.clock.destroy();
    this.facilitation.destroy();
    this.privateNotes.destroy();
    this.feedback.destroy();
    this.votes.destroy();
    this.undo.destroy();
    this.index.destroy();
    this.connection.destroy();
    this.provider.destroy();
    this.provider.awareness.destroy();
    const closed = this.persistence.destroy();
    this.doc.destroy();
    return closed;
  }

  /** Destroys the session and empties its local copy, so the next session starts from the server's state. */
  async discardLocalCopy(): Promise<void> {
    await this.destroy();
    await clearLocalCopy(this.options.boardId);
  }
}
