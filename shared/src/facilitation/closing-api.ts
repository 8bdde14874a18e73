import type { Item } from '../schema/registry.js';

/** A checkpoint as the API lists it (`listCheckpoints`, `createCheckpoint`). */
export interface CheckpointSummary {
  id: string;
  boardId: string;
  name: string;
  createdBy: string;
  createdAt: number;
}

/** `getCheckpoint`: the board as it was, and what changed on it since. */
export interface CheckpointView {
  checkpoint: CheckpointSummary;
  items: Item[];
  changesSince: {
    /** Items on the board now that the checkpoint did not have. */
    added: Item[];
    /** Ids of checkpoint items no longer on the board. */
    removed: string[];
    changed: { id: string; fields: string[] }[];
  };
}

/** `carryForward`: where the copies went. */
export interface CarryForwardResult {
  targetBoardId: string;
  frameId: string;
  itemIds: string[];
}
