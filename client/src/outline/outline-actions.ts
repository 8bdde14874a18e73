import { createItem, deleteItems, setItemText, type FrameItem } from '@werkplaats/shared';
import { screenToBoard } from '../canvas/viewport';
import type { CommandContext } from '../commands/types';
import type { BoardStore } from '../store/board-store';
import { freeSpotInFrame, freeSpotNear } from './outline-model';

function viewCentre(store: BoardStore) {
  const { viewport, stageSize } = store.getState();
  return screenToBoard(viewport, { x: stageSize.width / 2, y: stageSize.height / 2 });
}

/** Adds a note with `text` to `frame` (in its first free place) or, without a frame, in the view. */
export function addOutlineNote(
  context: CommandContext,
  frame: FrameItem | null,
  text: string,
): string | undefined {
  const { session, store } = context;
  if (session.readOnly) return undefined;
  const taken = session.index
    .getOrder()
    .map((id) => session.index.getItem(id))
    .filter((item) => item && item.type !== 'frame' && item.type !== 'connector')
    .map((item) => item!);
  const spot = frame ? freeSpotInFrame(frame, taken) : freeSpotNear(viewCentre(store), taken);
  const item = createItem(
    session.doc,
    { type: 'sticky', ...spot, text, color: store.getState().stickyColor },
    session.author,
    session.origin,
  );
  session.undo.endStep();
  return item.id;
}

export function editOutlineNote({ session }: CommandContext, id: string, text: string): void {
  if (session.readOnly) return;
  setItemText(session.doc, id, text, session.origin);
  session.undo.endStep();
}

export function deleteOutlineNote({ session, store }: CommandContext, id: string): void {
  if (session.readOnly) return;
  deleteItems(session.doc, [id], session.origin);
  session.undo.endStep();
  const { selectedIds, select } = store.getState();
  if (selectedIds.includes(id)) select(selectedIds.filter((selected) => selected !== id));
}
