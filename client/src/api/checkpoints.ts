import type { CarryForwardResult, CheckpointSummary, CheckpointView } from '@werkplaats/shared';
import { request } from './http';

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

export function createCheckpoint(boardId: string, name: string): Promise<CheckpointSummary> {
  return request('POST', `${base(boardId)}/checkpoints`, { name });
}

export function listCheckpoints(boardId: string): Promise<CheckpointSummary[]> {
  return request('GET', `${base(boardId)}/checkpoints`);
}

export function getCheckpoint(boardId: string, checkpointId: string): Promise<CheckpointView> {
  return request('GET', `${base(boardId)}/checkpoints/${encodeURIComponent(checkpointId)}`);
}

/** Copies the items (best first) into the next session's board. */
export function carryForward(boardId: string, itemIds: string[]): Promise<CarryForwardResult> {
  return request('POST', `${base(boardId)}/carry-forward`, { itemIds });
}
