import type { BoardRect } from './bounds.js';

/** Spacing of the board's dot grid, in board units: what snapping to the grid lines boxes up with. */
export const GRID_SIZE = 24;

/** How a box snaps: to other boxes within `tolerance` (board units) and, if `grid` is set, to the grid. */
export interface SnapOptions {
  tolerance: number;
  /** Grid spacing in board units; an axis that snaps to no other box then lands on the grid. */
  grid?: number;
}

/** The shift that puts `line` on the nearest grid line. */
function gridShift(line: number, grid: number): number {
  return Math.round(line / grid) * grid - line;
}

/** A guide line to draw where edges or centres line up: vertical for `x`, horizontal for `y`. */
export interface SnapGuide {
  axis: 'x' | 'y';
  /** The line's position on its axis (x for a vertical guide). */
  at: number;
  /** Where it starts and ends along the other axis, spanning every rectangle that lines up. */
  from: number;
  to: number;
}

/** A box's two edges and centre line on one axis: what snaps, and what is snapped to. */
function linesOf(rect: BoardRect, axis: 'x' | 'y'): number[] {
  const start = axis === 'x' ? rect.x : rect.y;
  const size = axis === 'x' ? rect.w : rect.h;
  return [start, start + size / 2, start + size];
}

/** The smallest shift within `tolerance` that puts one of `own` on one of the targets' lines. */
function bestShift(
  own: readonly number[],
  targets: readonly BoardRect[],
  axis: 'x' | 'y',
  tolerance: number,
) {
  let best: number | undefined;
  for (const target of targets) {
    for (const line of linesOf(target, axis)) {
      for (const mine of own) {
        const shift = line - mine;
        if (Math.abs(shift) <= tolerance && (best === undefined || Math.abs(shift) < Math.abs(best))) {
          best = shift;
        }
      }
    }
  }
  return best;
}

/** Guides for every target line that one of `own` sits on (within half a unit, for rounding). */
function guidesFor(rect: BoardRect, own: readonly number[], targets: readonly BoardRect[], axis: 'x' | 'y') {
  const guides: SnapGuide[] = [];
  const cross = axis === 'x' ? 'y' : 'x';
  const crossSize = axis === 'x' ? 'h' : 'w';
  for (const mine of own) {
    let from = rect[cross];
    let to = rect[cross] + rect[crossSize];
    let matched = false;
    for (const target of targets) {
      if (!linesOf(target, axis).some((line) => Math.abs(line - mine) < 0.5)) continue;
      matched = true;
      from = Math.min(from, target[cross]);
      to = Math.max(to, target[cross] + target[crossSize]);
    }
    if (matched) guides.push({ axis, at: mine, from, to });
  }
  return guides;
}

/** Where a moved or resized box lands after snapping, and the guides to show for it. */
export interface SnapResult {
  rect: BoardRect;
  guides: SnapGuide[];
}

/**
 * Snaps a box being moved to other boxes: on each axis independently, its left/centre/right (top/
 * middle/bottom) line moves onto the nearest such line of a target when it is within the tolerance
 * (callers convert a few screen pixels at the current zoom). An axis with no such line puts the box's
 * top-left corner on the grid when one is given, as in tldraw. The box keeps its size.
 */
export function snapMove(rect: BoardRect, targets: readonly BoardRect[], options: SnapOptions): SnapResult {
  const { tolerance, grid } = options;
  const onGrid = (line: number) => (grid ? gridShift(line, grid) : 0);
  const dx = bestShift(linesOf(rect, 'x'), targets, 'x', tolerance) ?? onGrid(rect.x);
  const dy = bestShift(linesOf(rect, 'y'), targets, 'y', tolerance) ?? onGrid(rect.y);
  const snapped = { ...rect, x: rect.x + dx, y: rect.y + dy };
  return {
    rect: snapped,
    guides: [
      ...guidesFor(snapped, linesOf(snapped, 'x'), targets, 'x'),
      ...guidesFor(snapped, linesOf(snapped, 'y'), targets, 'y'),
    ],
  };
}

/** The edges a resize handle drags: a corner moves one on each axis, a side handle one in all. */
export interface ResizingEdges {
  x?: 'start' | 'end';
  y?: 'start' | 'end';
}

/**
 * Snaps a box being resized: only the edges the handle drags move, onto the nearest edge or centre
 * line of a target within the tolerance, or else onto the grid when one is given; the opposite edges
 * stay put. A snap that would turn the box inside out (or thinner than `minSize`) is not taken.
 */
export function snapResize(
  rect: BoardRect,
  edges: ResizingEdges,
  targets: readonly BoardRect[],
  options: SnapOptions & { minSize?: number },
): SnapResult {
  const { tolerance, grid, minSize = 1 } = options;
  let { x, y, w, h } = rect;
  const own: { x: number[]; y: number[] } = { x: [], y: [] };
  for (const axis of ['x', 'y'] as const) {
    const edge = edges[axis];
    if (!edge) continue;
    const start = axis === 'x' ? x : y;
    const size = axis === 'x' ? w : h;
    const line = edge === 'start' ? start : start + size;
    const toTarget = bestShift([line], targets, axis, tolerance);
    const shift = toTarget ?? (grid ? gridShift(line, grid) : undefined);
    if (shift === undefined) continue;
    const nextSize = edge === 'start' ? size - shift : size + shift;
    if (nextSize < minSize) continue;
    const nextStart = edge === 'start' ? start + shift : start;
    if (axis === 'x') [x, w] = [nextStart, nextSize];
    else [y, h] = [nextStart, nextSize];
    // Guides show lining up with other boxes; the grid's own dots show a grid snap.
    if (toTarget !== undefined) own[axis] = [line + shift];
  }
  const snapped = { x, y, w, h };
  return {
    rect: snapped,
    guides: [...guidesFor(snapped, own.x, targets, 'x'), ...guidesFor(snapped, own.y, targets, 'y')],
  };
}
