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

/**
 * The insets that `covers` (page boxes) take from `canvas` (its page box). A panel taller than half the
 * canvas covers the side it is nearer to, all the way; anything else covers the top or the bottom,
 * whichever it is nearer to. Fitting a frame inside what is left keeps its corners in sight, rather than
 * under the facilitator's own run-sheet.
 */
export function coveredInsets(canvas: Box, covers: readonly Box[]): Insets {
  const insets = { ...NO_INSETS };
  const height = canvas.bottom - canvas.top;
  for (const box of covers) {
    if (box.right <= canvas.left || box.left >= canvas.right) continue;
    if (box.bottom <= canvas.top || box.top >= canvas.bottom) continue;
    const centreX = (box.left + box.right) / 2;
    const centreY = (box.top + box.bottom) / 2;
    if (box.bottom - box.top > height / 2) {
      if (centreX > (canvas.left + canvas.right) / 2) {
        insets.right = Math.max(insets.right, canvas.right - box.left);
      } else {
        insets.left = Math.max(insets.left, box.right - canvas.left);
      }
    } else if (centreY < (canvas.top + canvas.bottom) / 2) {
      insets.top = Math.max(insets.top, box.bottom - canvas.top);
    } else {
      insets.bottom = Math.max(insets.bottom, canvas.bottom - box.top);
    }
  }
  return insets;
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
