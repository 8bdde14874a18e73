import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { BoardStore } from '../store/board-store';
import { screenToBoard, wheelZoomFactor, zoomAround } from './viewport';

/**
 * Keeps the store's stage size equal to the board element's size. The first size is read before the
 * browser paints, so the stage is built in the same frame as the rest of the board; waiting for the
 * observer's first report cost a frame and a second layout of the whole page.
 */
export function useStageSize(element: RefObject<HTMLElement | null>, store: BoardStore): void {
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const setSize = (width: number, height: number) =>
      store.getState().setStageSize({ width: Math.floor(width), height: Math.floor(height) });
    const { width, height } = target.getBoundingClientRect();
    setSize(width, height);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, store]);
}

const LINE_HEIGHT_PX = 16;

/**
 * Wheel and trackpad: two-finger scroll pans; pinch (which browsers report as ctrl+wheel) and
 * Ctrl/Cmd+wheel zoom around the pointer. The listener is not passive, so the page itself never
 * scrolls or zooms instead.
 */
export function useWheelNavigation(element: RefObject<HTMLElement | null>, store: BoardStore): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? LINE_HEIGHT_PX : event.deltaMode === 2 ? target.clientHeight : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      const { viewport, setViewport } = store.getState();
      if (event.ctrlKey || event.metaKey) {
        const bounds = target.getBoundingClientRect();
        const anchor = { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
        setViewport(zoomAround(viewport, anchor, viewport.scale * wheelZoomFactor(dy)));
        return;
      }
      // Shift turns a plain mouse wheel sideways where the browser does not already do so.
      const [panX, panY] = event.shiftKey && dx === 0 ? [dy, 0] : [dx, dy];
      setViewport({ ...viewport, x: viewport.x - panX, y: viewport.y - panY });
    };
    target.addEventListener('wheel', onWheel, { passive: false });
    return () => target.removeEventListener('wheel', onWheel);
  }, [element, store]);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, select, button, [contenteditable]') !== null
  );
}

/** Holding Space turns the pointer into a hand that pans, as in most drawing tools. */
export function useSpaceToPan(store: BoardStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== ' ' || isTyping(event.target)) return;
      event.preventDefault();
      if (!event.repeat) store.getState().setSpaceHeld(true);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ') store.getState().setSpaceHeld(false);
    };
    const release = () => store.getState().setSpaceHeld(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', release);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', release);
    };
  }, [store]);
}

/** Shares this person's pointer position, in board coordinates, with everyone else on the board. */
export function useCursorSharing(
  element: RefObject<HTMLElement | null>,
  store: BoardStore,
  setCursor: { (point: { x: number; y: number } | null): void; flush(): void },
): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onMove = (event: PointerEvent) => {
      const bounds = target.getBoundingClientRect();
      const screen = { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
      setCursor(screenToBoard(store.getState().viewport, screen));
    };
    const onLeave = () => {
      setCursor(null);
      setCursor.flush();
    };
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerleave', onLeave);
    return () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerleave', onLeave);
    };
  }, [element, store, setCursor]);
}
