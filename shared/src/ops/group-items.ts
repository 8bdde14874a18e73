import * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { newId } from '../ids.js';
import { updateItems } from './update-items.js';

/** What grouping needs to know of an item. */
export interface GroupMember {
  id: string;
  groupId?: string | undefined;
}

/**
 * `ids` plus every other member of the groups they belong to, in the order `items` lists them: what
 * a click on one member selects, and what moves, copies or deletes with it.
 */
export function expandToGroups(items: Iterable<GroupMember>, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  const list = [...items];
  const groups = new Set<string>();
  for (const item of list) if (wanted.has(item.id) && item.groupId) groups.add(item.groupId);
  if (groups.size === 0) return [...wanted];
  const result = [...wanted];
  for (const item of list) {
    if (item.groupId && groups.has(item.groupId) && !wanted.has(item.id)) result.push(item.id);
  }
  return result;
}

function groupIdOf(map: unknown): string | undefined {
  const value = map instanceof Y.Map ? map.get('groupId') : undefined;
  return typeof value === 'string' ? value : undefined;
}

function membersOf(doc: Y.Doc, groups: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (const [id, map] of getItemsMap(doc).entries()) {
    const groupId = groupIdOf(map);
    if (groupId !== undefined && groups.has(groupId)) ids.push(id);
  }
  return ids;
}

/**
 * Puts `ids` into one new group, in one transaction. Groups are flat, as in most whiteboards people
 * know: grouping a group with other items makes one group of all their members, not a nested one.
 * Locked and missing items are left out; fewer than two items left makes no group. Returns the new
 * group's id, or undefined when nothing was grouped.
 */
export function groupItems(doc: Y.Doc, ids: readonly string[], origin: Origin): string | undefined {
  const items = getItemsMap(doc);
  const live = ids.filter((id) => {
    const map = items.get(id);
    return map instanceof Y.Map && map.get('locked') !== true;
  });
  const touched = new Set(live.map((id) => groupIdOf(items.get(id))).filter((g) => g !== undefined));
  const all = [...new Set([...live, ...membersOf(doc, touched)])].filter(
    (id) => items.get(id)?.get('locked') !== true,
  );
  if (all.length < 2) return undefined;
  const groupId = newId();
  updateItems(
    doc,
    all.map((id) => ({ id, patch: { groupId } })),
    origin,
  );
  return groupId;
}

/**
 * Dissolves every group that one of `ids` belongs to, in one transaction: all members lose their
 * group, also those not among `ids`. Locked members keep theirs until unlocked. Returns the ids that
 * changed.
 */
export function ungroupItems(doc: Y.Doc, ids: readonly string[], origin: Origin): string[] {
  const items = getItemsMap(doc);
  const groups = new Set(ids.map((id) => groupIdOf(items.get(id))).filter((g) => g !== undefined));
  if (groups.size === 0) return [];
  return updateItems(
    doc,
    membersOf(doc, groups).map((id) => ({ id, patch: { groupId: undefined } })),
    origin,
  );
}
