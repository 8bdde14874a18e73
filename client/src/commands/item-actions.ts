import {
  createItem,
  deleteItems,
  STICKY_SIZE,
  updateItems,
  type Item,
  type StickyColor,
} from '@werkplaats/shared';
import { screenToBoard } from '../canvas/viewport';
import type { Point } from '../lib/geometry';
import { withFrameContents } from './frame-contents';
import { placePrivateSticky, privateModeAppliesAt } from './private-actions';
import type { CommandContext } from './types';

/** How far a note placed on top of another is nudged, so repeated clicks fan out instead of stacking. */
const CASCADE = 24;

/**
 * Creates a note centred on `centre`, selects it and opens its text editor. In private mode's area
 * the note goes to the author's private notes instead.
 */
export function placeSticky(context: CommandContext, centre: Point): string | undefined {
  const { session, store } = context;
  if (session.readOnly) return undefined;
  if (privateModeAppliesAt(context, centre)) return placePrivateSticky(context, centre);
  let x = Math.round(centre.x - STICKY_SIZE / 2);
  let y = Math.round(centre.y - STICKY_SIZE / 2);
  const taken = new Set(
    session.index.getOrder().map((id) => {
      const rect = session.index.rectOf(id);
      return rect ? `${rect.x},${rect.y}` : '';
    }),
  );
  for (let tries = 0; tries < 50 && taken.has(`${x},${y}`); tries++) {
    x += CASCADE;
    y += CASCADE;
  }
  const item = createItem(
    session.doc,
    { type: 'sticky', x, y, color: store.getState().stickyColor },
    session.author,
    session.origin,
  );
  // Creating and typing are separate steps: undo first takes back the text, then the note.
  session.undo.endStep();
  store.getState().startEditing(item.id);
  return item.id;
}

export function placeStickyAtViewportCentre(context: CommandContext): void {
  const { viewport, stageSize } = context.store.getState();
  placeSticky(context, screenToBoard(viewport, { x: stageSize.width / 2, y: stageSize.height / 2 }));
}

export function deleteSelection({ session, store }: CommandContext): void {
  const { selectedIds, select } = store.getState();
  if (session.readOnly || selectedIds.length === 0) return;
  // A frame goes with what lies on it, as in Miro.
  const ids = [...withFrameContents(session.index, selectedIds)];
  const deleted = new Set(deleteItems(session.doc, ids, session.origin));
  session.undo.endStep();
  // Locked items stay, and stay selected, so the person sees what was kept and can unlock it.
  select(selectedIds.filter((id) => !deleted.has(id)));
}

export function recolorSelection({ session, store }: CommandContext, color: StickyColor): void {
  const { selectedIds, setStickyColor } = store.getState();
  setStickyColor(color);
  if (session.readOnly) return;
  const stickies = selectedIds.filter((id) => session.index.getItem(id)?.type === 'sticky');
  updateItems(
    session.doc,
    stickies.map((id) => ({ id, patch: { color } })),
    session.origin,
  );
  session.undo.endStep();
}

/** Items with text to edit (a frame's is its title), and not locked. */
export function isEditable(item: Item | undefined): boolean {
  if (!item || item.locked) return false;
  return item.type === 'sticky' || item.type === 'text' || item.type === 'shape' || item.type === 'frame';
}

export function editSelection({ session, store }: CommandContext): void {
  const { selectedIds, startEditing } = store.getState();
  const [id] = selectedIds;
  if (session.readOnly || selectedIds.length !== 1 || id === undefined) return;
  if (isEditable(session.index.getItem(id))) startEditing(id);
}
