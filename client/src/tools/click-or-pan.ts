import type { CommandContext } from '../commands/types';
import { panFrom } from './pan-gesture';
import { beyondSlop, trackPointer } from './pointer-tracking';
import type { BoardPointerDown } from './types';

/**
 * The shared machine of the placing tools (sticky, text). Idle → Pointing on press; release within the
 * click slop calls `place`; a drag instead pans, so a person who armed the tool can still move around
 * before placing.
 */
export function clickOrPan(context: CommandContext, press: BoardPointerDown, place: () => void): void {
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
      if (state === 'panning') store.getState().setGesture('idle');
      else if (!cancelled) place();
    },
  });
}
