import { useLayoutEffect, type RefObject } from 'react';
/** How far in from each edge of the canvas something drawn over it reaches, in CSS pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Marks the panels and bars that lie over the canvas (the run-sheet, comments, the session bar). */
export const COVERS_CANVAS = { 'data-covers-canvas': '' } as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Below this share of the canvas left free along an axis, fitting ignores what covers that axis. */
const MIN_FREE_SHARE = 0.4;

/** The longest stretch of [from, to] that `taken` (intervals) leaves free. */
function widestGap(from: number, to: number, taken: [number, number][]): [number, number] {
  let best: [number, number] = [from, from];
  let cursor = from;
  for (const [start, end] of [...taken].sort((a, b) => a[0] - b[0])) {
    if (start > cursor && start - cursor > best[1] - best[0]) best = [cursor, Math.min(start, to)];
    cursor = Math.max(cursor, end);
  }
  if (to - cursor > best[1] - best[0]) best = [cursor, to];
  return best;
}

/**
 * The insets that `covers` (page boxes) take from `canvas` (its page box): the widest stretch across
 * that the panels taller than half the canvas leave free, and the tallest stretch down that the other
 * covers (bars) leave free. Fitting a frame inside keeps its corners in sight, rather than under the
 * facilitator's own run-sheet. Where too little would be left (a narrow window with panels open), that
 * axis is not inset at all: a frame partly under a panel beats one too small to read.
 */
export function coveredInsets(canvas: Box, covers: readonly Box[]): Insets {
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  const across: [number, number][] = [];
  const down: [number, number][] = [];
  for (const box of covers) {
    if (box.right <= canvas.left || box.left >= canvas.right) continue;
    if (box.bottom <= canvas.top || box.top >= canvas.bottom) continue;
    if (box.bottom - box.top > height / 2) across.push([box.left - canvas.left, box.right - canvas.left]);
    else down.push([box.top - canvas.top, box.bottom - canvas.top]);
  }
  const [left, right] = widestGap(0, width, across);
  const [top, bottom] = widestGap(0, height, down);
  const keepsX = right - left >= MIN_FREE_SHARE * width;
  const keepsY = bottom - top >= MIN_FREE_SHARE * height;
  return {
    top: keepsY ? top : 0,
    right: keepsX ? width - right : 0,
    bottom: keepsY ? height - bottom : 0,
    left: keepsX ? left : 0,
  };
}

/** What the marked panels and bars on the page cover of the board's canvas now. */
export function readCoveredInsets(): Insets {
  // No page to measure (unit tests of the commands): nothing covers anything.
  if (typeof document === 'undefined') return NO_INSETS;
  const canvas = document.querySelector('.board-canvas');
  if (!canvas) return NO_INSETS;
  const covers = [...document.querySelectorAll('[data-covers-canvas]')]
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
  return coveredInsets(canvas.getBoundingClientRect(), covers);
}

/**
 * Keeps what the marked panels and bars cover of the canvas current while the board is open: in
 * `publish` (the store, read by the selection's toolbar and by the view a leader shares on every pan,
 * without measuring the page each time), and as `--free-left` and `--free-right` on `element` (the
 * board's main area), so the session bar and notices centre on the canvas between the side panels.
 * Panels come and go as children of the element; bars grow and shrink with what they show.
 */
export function useCoveredInsets(
  element: RefObject<HTMLElement | null>,
  publish: (insets: Insets) => void,
): void {
  // Before the first paint, so the bar does not show in the middle of the window and then move.
  useLayoutEffect(() => {
    const main = element.current;
    if (!main) return;
    const update = () => {
      const insets = readCoveredInsets();
      main.style.setProperty('--free-left', `${insets.left}px`);
      main.style.setProperty('--free-right', `${insets.right}px`);
      publish(insets);
    };
    const sizes = new ResizeObserver(update);
    const observeCovers = () => {
      sizes.disconnect();
      sizes.observe(main);
      for (const cover of main.querySelectorAll('[data-covers-canvas]')) sizes.observe(cover);
    };
    const panels = new MutationObserver(() => {
      observeCovers();
      update();
    });
    panels.observe(main, { childList: true });
    observeCovers();
    update();
    return () => {
      panels.disconnect();
      sizes.disconnect();
    };
  }, [element, publish]);
}
