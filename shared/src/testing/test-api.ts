import type { Item } from '../schema/registry.js';
import type { PresenceState } from '../protocol/presence.js';
import type { SessionState } from '../facilitation/session-state.js';
import type { NewItem } from '../ops/create-items.js';
import type { PrivateCount } from '../facilitation/private-notes.js';
import type { CommentRecord } from '../comments/comment-record.js';
import type { ReactionRecord } from '../comments/reaction-record.js';
import type { VoteRecord } from '../facilitation/vote-record.js';
import type { Ballot } from '../facilitation/vote-rules.js';

/** Connection states the client shows in its indicator. */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline';

/**
 * What a test build of the client exposes on `window.__werkplaats`, so end-to-end tests read the
 * document rather than pixels. Absent from production builds.
 */
export interface WerkplaatsTestApi {
  boardId: string;
  status(): ConnectionStatus;
  /** Whether the initial sync with the server completed. */
  synced(): boolean;
  items(): Item[];
  /** Other people's presence (not this tab's own). */
  peers(): PresenceState[];
  /** Converts a board coordinate to a page (CSS pixel) coordinate under the current viewport. */
  boardToPage(point: { x: number; y: number }): { x: number; y: number };
  /**
   * The line a connector is drawn with right now, as board coordinates `[x0, y0, x1, y1]`, read from
   * the canvas itself; null when it is not drawn.
   */
  renderedLine?(id: string): number[] | null;
  /** The board's facilitation state: run-sheet, current step, timer, follow. */
  session(): SessionState;
  /** The board's comments, oldest first (written by the server only). */
  comments(): CommentRecord[];
  /** The board's emoji reactions. */
  reactions(): ReactionRecord[];
  /** The board's vote records, oldest first, as this client holds them. */
  votes(): VoteRecord[];
  /** This person's own ballot in the latest vote, as the server told this tab; null before it did. */
  ballot(): Ballot | null;
  /** The part of the board on screen, in board coordinates. */
  visibleRect(): { x: number; y: number; w: number; h: number };
  /**
   * Writes one field of an item straight into the document, past every check the interface makes:
   * what a hand-crafted Yjs update would do, so tests can show the server refusing it.
   */
  forceWrite(id: string, field: string, value: unknown): void;
  /** Creates items as this person, in one transaction (benchmarks seed boards this way); returns their ids. */
  createItems(inputs: NewItem[]): string[];
  /** Selects these items, as clicking them would. */
  select(ids: string[]): void;
  /** How many item nodes the canvas draws right now (viewport culling leaves the rest out). */
  drawnItemCount(): number;
  /** Where the canvas draws an item's node right now (a drag preview included); null when not drawn. */
  renderedPosition?(id: string): { x: number; y: number } | null;
  /** How many snap guide lines the canvas draws right now. */
  snapGuideCount?(): number;
  /** The ids of the nodes on each layer of the canvas, bottom layer first, in paint order. */
  layerIds?(): string[][];
  /** This person's private notes (private mode), which no one else's client has. */
  privateNotes?(): Item[];
  /** For a facilitator: the private-note counts per person the server sent. */
  privateCounts?(): PrivateCount[];
  /** The ids of the items this browser's local copy of the board (IndexedDB) holds, as a reload would find them. */
  localCopyItemIds?(): Promise<string[]>;
}

declare global {
  interface Window {
    __werkplaats?: WerkplaatsTestApi;
  }
}
