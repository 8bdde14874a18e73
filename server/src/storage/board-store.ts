/** A board's metadata as stored. */
export interface BoardRecord {
  id: string;
  title: string;
  createdAt: number;
}

/** What it takes to rebuild a board's document: snapshot first, then the log in order. */
export interface StoredBoard {
  updates: Uint8Array[];
  /** Sequence number of the last log entry returned (0 when the log is empty). */
  lastSeq: number;
}

/**
 * The one storage interface of the server. SQLite implements it for a single machine; a PostgreSQL +
 * Redis deployment implements the same calls. Promise-based so a network database fits; an
 * implementation must have made an update durable when `appendUpdate` resolves, because the server
 * broadcasts an update only after that.
 */
export interface BoardStore {
  createBoard(board: BoardRecord, initialUpdate: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | undefined>;
  loadBoard(id: string): Promise<StoredBoard>;
  /** Appends one accepted update to the board's log; resolves with its sequence number once durable. */
  appendUpdate(id: string, update: Uint8Array): Promise<number>;
  /**
   * Atomically replaces the board's snapshot with `snapshot` and drops log entries up to `upToSeq`,
   * which the snapshot must contain.
   */
  compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  close(): Promise<void>;
}
