import type { Point } from '../lib/geometry';

export interface PointerGesture {
  move?: (event: PointerEvent, delta: Point) => void;
  end?: (event: PointerEvent, delta: Point, cancelled: boolean) => void;
}

/**
 * Follows one pointer from a press until it is released, on the window so the gesture continues when
 * the pointer leaves the board. `delta` is the distance from the press in screen pixels.
 */
export function trackPointer(press: PointerEvent, gesture: PointerGesture): void {
  const start = { x: press.clientX, y: press.clientY };
  const deltaOf = (event: PointerEvent) => ({ x: event.clientX - start.x, y: event.clientY - start.y });
  const onMove = (event: PointerEvent) => {
    if (event.pointerId === press.pointerId) gesture.move?.(event, deltaOf(event));
  };
  const finish = (event: PointerEvent) => {
    if (event.pointerId !== press.pointerId) return;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', finish);
    window.removeEventListener('pointercancel', finish);
    gesture.end?.(event, deltaOf(event), event.type === 'pointercancel');
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', finish);
  window.addEventListener('pointercancel', finish);
}

/** Movement below this many pixels is a click, not a drag. */
const CLICK_SLOP = 4;

export function beyondSlop(delta: Point): boolean {
  return Math.hypot(delta.x, delta.y) > CLICK_SLOP;
}
