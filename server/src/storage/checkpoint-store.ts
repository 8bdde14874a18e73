/** A named copy of a board as it was when its session was closed. */
export interface CheckpointRecord {
  id: string;
  boardId: string;
  name: string;
  /** The facilitator who took it. */
  createdBy: string;
  createdAt: number;
}

/** Checkpoints of boards. Kept apart from `BoardStore` so the live sync path never touches them. */
export interface CheckpointStore {
  /** Stores `state` (a full Yjs update of the board) under `record`. */
  createCheckpoint(record: CheckpointRecord, state: Uint8Array): Promise<void>;
  /** A board's checkpoints, oldest first. */
  listCheckpoints(boardId: string): Promise<CheckpointRecord[]>;
  checkpoint(id: string): Promise<(CheckpointRecord & { state: Uint8Array }) | undefined>;
}
