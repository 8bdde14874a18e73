import { useEffect } from 'react';
import { visibleBoardRect } from '../canvas/viewport';
import type { CommandContext } from '../commands/types';
import { zoomToFit } from '../commands/view-actions';
import { containsRect } from '../lib/geometry';

/**
 * Keeps the selection honest: ids of items that disappeared (deleted by someone, undone) leave it,
 * and the selection is shared in presence so others see what this person is working on.
 */
export function useSelectionUpkeep({ session, store }: CommandContext): void {
  useEffect(() => {
    const prune = () => store.getState().pruneSelection((id) => session.index.has(id));
    const offOrder = session.index.orderChanged.subscribe(prune);
    const offSelection = store.subscribe(
      (state) => state.selectedIds,
      (ids) => session.presence.setSelection(ids),
      { fireImmediately: true },
    );
    return () => {
      offOrder();
      offSelection();
      // A replaced session starts from the server's state; what was selected or open may be gone.
      store.getState().clearSelection();
    };
  }, [session, store]);
}

/**
 * Someone joining a board that already has content should see it: after the first sync, if the person
 * has not moved the view yet and the content is not all in view, frame it.
 */
export function useFrameContentOnFirstSync(context: CommandContext): void {
  useEffect(() => {
    const { session, store } = context;
    let done = false;
    const check = () => {
      const { viewport, stageSize, viewportTouched } = store.getState();
      if (done || !session.connection.getSnapshot().synced || stageSize.width === 0) return;
      done = true;
      const bounds = session.index.contentBounds();
      if (viewportTouched || !bounds || containsRect(visibleBoardRect(viewport, stageSize), bounds)) return;
      zoomToFit(context, { byUser: false });
    };
    check();
    const offConnection = session.connection.subscribe(check);
    const offStage = store.subscribe((state) => state.stageSize, check);
    return () => {
      offConnection();
      offStage();
    };
  }, [context]);
}
