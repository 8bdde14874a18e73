import type { Point } from '../lib/geometry';
import type { BoardStore } from '../store/board-store';
import type { Viewport } from '../canvas/viewport';
import { trackPointer } from './pointer-tracking';

/** Puts the board where it was at the press (`origin`), moved by the pointer's travel since. */
export function panFrom(store: BoardStore, origin: Viewport, delta: Point): void {
  const { viewport, setViewport } = store.getState();
  setViewport({ ...viewport, x: origin.x + delta.x, y: origin.y + delta.y });
}

/** Moves the board with the pointer until release: middle button or Space+drag, over anything. */
export function startPan(store: BoardStore, press: PointerEvent): void {
  const origin = store.getState().viewport;
  store.getState().setGesture('panning');
  trackPointer(press, {
    move: (_event, delta) => panFrom(store, origin, delta),
    end: () => store.getState().setGesture('idle'),
  });
}
