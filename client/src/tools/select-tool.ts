import { panFrom } from './pan-gesture';
import { beyondSlop, trackPointer } from './pointer-tracking';
import type { Tool } from './types';

/**
 * The select tool on empty board. Idle → Pointing on press; Pointing → Panning once the pointer moves
 * beyond the click slop; release while Pointing is a click that clears the selection (Shift keeps it).
 * Presses on items never reach this machine's Pointing state: the item selects and drags itself.
 */
export const selectTool: Tool = {
  onPointerDown: ({ store }, press) => {
    if (press.onItem) return;
    let state: 'pointing' | 'panning' = 'pointing';
    const origin = store.getState().viewport;
    trackPointer(press.native, {
      move: (_event, delta) => {
        if (state === 'pointing' && beyondSlop(delta)) {
          state = 'panning';
          store.getState().setGesture('panning');
        }
        if (state === 'panning') panFrom(store, origin, delta);
      },
      end: (_event, _delta, cancelled) => {
        if (state === 'panning') store.getState().setGesture('idle');
        else if (!cancelled && !press.native.shiftKey) store.getState().clearSelection();
      },
    });
  },
};
