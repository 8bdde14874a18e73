import { placeSticky } from '../commands/item-actions';
import { panFrom } from './pan-gesture';
import { beyondSlop, trackPointer } from './pointer-tracking';
import type { Tool } from './types';

/**
 * The sticky tool, armed by N. Idle → Pointing on press; release within the click slop places a note
 * centred where the press was and returns to the select tool; a drag instead pans, so a person who
 * armed the tool can still move around before placing.
 */
export const stickyTool: Tool = {
  onPointerDown: (context, press) => {
    const { store } = context;
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
        if (state === 'panning') {
          store.getState().setGesture('idle');
          return;
        }
        if (cancelled) return;
        // Placed on release, after the browser has moved focus for the press, so the new note's
        // editor keeps the focus it takes.
        store.getState().setTool('select');
        placeSticky(context, press.board);
      },
    });
  },
};
