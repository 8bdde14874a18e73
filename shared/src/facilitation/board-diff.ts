import type { Item } from '../schema/registry.js';

/** Fields whose change people notice; stacking (`z`) and edit times are left out on purpose. */
const COMPARED = ['x', 'y', 'w', 'h', 'rotation', 'text', 'title', 'color', 'fill', 'locked'] as const;

export interface BoardDiff {
  added: Item[];
  removed: Item[];
  /** Items in both, with what changed. */
  changed: { item: Item; fields: string[] }[];
}

/** What changed between two readings of a board (e.g. a checkpoint and now), by item id. */
export function diffBoards(before: readonly Item[], after: readonly Item[]): BoardDiff {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Set(after.map((item) => item.id));
  const diff: BoardDiff = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const old = earlier.get(item.id);
    if (!old) {
      diff.added.push(item);
      continue;
    }
    const fields = COMPARED.filter(
      (field) =>
        JSON.stringify((old as Record<string, unknown>)[field]) !==
        JSON.stringify((item as Record<string, unknown>)[field]),
    );
    if (fields.length > 0) diff.changed.push({ item, fields });
  }
  for (const item of before) if (!later.has(item.id)) diff.removed.push(item);
  return diff;
}
