/** One step of a Yjs text delta. */
export interface DeltaOp {
  insert?: unknown;
  delete?: number;
  retain?: number;
}

/**
 * Where a caret at `position` ends up after someone else's edit, given as a Yjs delta against the
 * text the caret was in. Text inserted exactly at the caret goes before it, as it would if the other
 * person typed there first.
 */
export function transformPosition(position: number, delta: readonly DeltaOp[]): number {
  let index = 0;
  let result = position;
  for (const op of delta) {
    if (index > position) break;
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (index <= position) result += length;
    } else if (op.delete !== undefined) {
      const removed = Math.min(op.delete, Math.max(0, position - index));
      result -= removed;
      index += op.delete;
    }
  }
  return Math.max(0, result);
}
