import { withGroups } from '../commands/group-actions';
import { itemsInMarquee } from './hit-test';
import { beyondSlop, trackPointer } from './pointer-tracking';
import type { Tool } from './types';

/**
 * The select tool on empty board. Idle → Pointing on press; Pointing → Marquee once the pointer moves
 * beyond the click slop, selecting what the rectangle touches (with Shift, added to the selection);
 * release while Pointing is a click that clears the selection (Shift keeps it). Presses on items never
 * reach this machine: the item selects and drags itself. Panning is Space+drag, the middle button, the
 * wheel or the hand tool.
 */
export const selectTool: Tool = {
  onPointerDown: (context, press) => {
    if (press.onItem) return;
    const { session, store } = context;
    const kept = press.native.shiftKey ? store.getState().selectedIds : [];
    let marquee = false;
    trackPointer(press.native, {
      move: (event, delta) => {
        marquee ||= beyondSlop(delta);
        if (!marquee) return;
        const point = press.toBoard(event);
        const rect = {
          x: Math.min(point.x, press.board.x),
          y: Math.min(point.y, press.board.y),
          w: Math.abs(point.x - press.board.x),
          h: Math.abs(point.y - press.board.y),
        };
        store.getState().setDraft({ kind: 'marquee', rect });
        const touched = withGroups(session.index, itemsInMarquee(session.index, rect), null);
        store.getState().select([...kept, ...touched]);
      },
      end: (_event, _delta, cancelled) => {
        store.getState().setDraft(null);
        if (!marquee && !cancelled && !press.native.shiftKey) store.getState().clearSelection();
      },
    });
  },
};
