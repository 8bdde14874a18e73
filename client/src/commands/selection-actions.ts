import {
  alignItems,
  bringToFront,
  cloneItems,
  createItems,
  distributeItems,
  moveItems,
  readItems,
  sendToBack,
  setItemsLocked,
  shiftItems,
  type Alignment,
  type Item,
} from '@werkplaats/shared';
import { withFrameContents } from './frame-contents';
import type { CommandContext, Shortcut } from './types';

/** How far a duplicate lands from its original, so both stay visible. */
export const DUPLICATE_OFFSET = 24;
const NUDGE = 1;
const NUDGE_FAR = 10;

/** The selected items as they are now, in paint order, with the contents of selected frames. */
export function selectedItems({ session, store }: CommandContext, options = { withContents: true }): Item[] {
  const ids = store.getState().selectedIds;
  const selected = options.withContents ? withFrameContents(session.index, ids) : new Set(ids);
  return readItems(session.doc).items.filter((item) => selected.has(item.id));
}

/** Writes copies of `items` shifted by `offset` on top of the board and selects them. */
export function insertCopies(
  context: CommandContext,
  items: readonly unknown[],
  offset: { x: number; y: number },
): void {
  const { session, store } = context;
  const copies = cloneItems(items, offset, (id) => session.index.has(id));
  if (session.readOnly || copies.length === 0) return;
  const created = createItems(session.doc, copies, session.author, session.origin);
  session.undo.endStep();
  store.getState().select(created.map((item) => item.id));
}

export function duplicateSelection(context: CommandContext): void {
  insertCopies(context, selectedItems(context), { x: DUPLICATE_OFFSET, y: DUPLICATE_OFFSET });
}

/** Arrow keys move the selection by a pixel, Shift+arrow by ten; locked items stay put. */
export function nudgeSelection(context: CommandContext, trigger?: Shortcut): void {
  const { session } = context;
  const step = trigger?.shift ? NUDGE_FAR : NUDGE;
  const dx = trigger?.key === 'ArrowLeft' ? -step : trigger?.key === 'ArrowRight' ? step : 0;
  const dy = trigger?.key === 'ArrowUp' ? -step : trigger?.key === 'ArrowDown' ? step : 0;
  const moves = selectedItems(context).map((item) => ({ id: item.id, x: item.x + dx, y: item.y + dy }));
  moveItems(session.doc, moves, session.origin);
  session.undo.endStep();
}

type Arrange = 'front' | 'forward' | 'backward' | 'back';

export function arrangeSelection({ session, store }: CommandContext, how: Arrange): void {
  // Restacking writes `z`, a change the server refuses on locked items from anyone but the facilitator.
  const ids = store
    .getState()
    .selectedIds.filter((id) => session.facilitator || session.index.getItem(id)?.locked !== true);
  if (how === 'front') bringToFront(session.doc, ids, session.origin);
  else if (how === 'back') sendToBack(session.doc, ids, session.origin);
  else shiftItems(session.doc, ids, how === 'forward' ? 1 : -1, session.origin);
  session.undo.endStep();
}

/** Locks the selection, or unlocks it when everything in it is locked already. */
export function toggleLockSelection(context: CommandContext): void {
  const { session } = context;
  // Locking a frame locks the frame, not what lies on it.
  const items = selectedItems(context, { withContents: false });
  const lock = items.some((item) => !item.locked);
  setItemsLocked(
    session.doc,
    items.map((item) => item.id),
    lock,
    session.origin,
  );
  session.undo.endStep();
}

/** Lines the selection up (connectors follow their ends, so they are left out). */
export function alignSelection(context: CommandContext, alignment: Alignment): void {
  const { session } = context;
  const items = selectedItems(context, { withContents: false }).filter((item) => item.type !== 'connector');
  moveItems(session.doc, alignItems(items, alignment), session.origin);
  session.undo.endStep();
}

export function distributeSelection(context: CommandContext, axis: 'x' | 'y'): void {
  const { session } = context;
  const items = selectedItems(context, { withContents: false }).filter((item) => item.type !== 'connector');
  moveItems(session.doc, distributeItems(items, axis), session.origin);
  session.undo.endStep();
}
