import { expandToGroups, groupItems, ungroupItems } from '@werkplaats/shared';
import type { ItemsIndex } from '../sync/items-index';
import type { CommandContext } from './types';

function members(index: ItemsIndex) {
  return index.getOrder().map((id) => ({ id, groupId: index.getItem(id)?.groupId }));
}

/**
 * `ids` with the other members of their groups, as a click or marquee selects them. The group entered
 * by a double click is the exception: inside it, items are picked one by one.
 */
export function withGroups(
  index: ItemsIndex,
  ids: readonly string[],
  enteredGroupId: string | null,
): string[] {
  const expanded = expandToGroups(members(index), ids);
  if (enteredGroupId === null) return expanded;
  const direct = new Set(ids);
  return expanded.filter((id) => direct.has(id) || index.getItem(id)?.groupId !== enteredGroupId);
}

/** What pressing an item picks: the item, or its whole group; with Shift, added to or taken out of the selection. */
export function selectWithGroups({ session, store }: CommandContext, id: string, toggle: boolean): void {
  const state = store.getState();
  const groupId = session.index.getItem(id)?.groupId;
  // Pressing anything outside the entered group leaves it.
  const entered = groupId !== undefined && groupId === state.enteredGroupId ? state.enteredGroupId : null;
  if (entered !== state.enteredGroupId) state.enterGroup(null);
  const picked = withGroups(session.index, [id], entered);
  if (!toggle) {
    if (!state.selectedIds.includes(id)) state.select(picked);
    return;
  }
  const selected = new Set(state.selectedIds);
  state.select(
    selected.has(id)
      ? state.selectedIds.filter((s) => !picked.includes(s))
      : [...state.selectedIds, ...picked],
  );
}

/** A plain click inside a multi-selection keeps just what was clicked: the item, or its group. */
export function narrowSelection({ session, store }: CommandContext, id: string): void {
  const state = store.getState();
  state.select(withGroups(session.index, [id], state.enteredGroupId));
}

export function groupSelection({ session, store }: CommandContext): void {
  const { selectedIds, enterGroup } = store.getState();
  if (session.readOnly || selectedIds.length < 2) return;
  session.undo.endStep();
  if (groupItems(session.doc, selectedIds, session.origin) === undefined) return;
  session.undo.endStep();
  enterGroup(null);
}

export function ungroupSelection({ session, store }: CommandContext): void {
  const { selectedIds, enterGroup } = store.getState();
  if (session.readOnly || selectedIds.length === 0) return;
  session.undo.endStep();
  if (ungroupItems(session.doc, selectedIds, session.origin).length === 0) return;
  session.undo.endStep();
  enterGroup(null);
}
