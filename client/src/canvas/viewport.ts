import type { Point, Rect } from '../lib/geometry';
import { NO_INSETS, type Insets } from './covered-insets';

/** Where the board sits on screen: screen = board × scale + (x, y), in CSS pixels. */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;

/** The stops the zoom buttons and +/- keys move between. */
const ZOOM_STEPS = [0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The board's origin in the middle of the stage; whole pixels keep 100% crisp. */
export function centredViewport(size: Size, scale = 1): Viewport {
  return { x: Math.round(size.width / 2), y: Math.round(size.height / 2), scale };
}

export function screenToBoard(viewport: Viewport, point: Point): Point {
  return { x: (point.x - viewport.x) / viewport.scale, y: (point.y - viewport.y) / viewport.scale };
}

export function boardToScreen(viewport: Viewport, point: Point): Point {
  return { x: point.x * viewport.scale + viewport.x, y: point.y * viewport.scale + viewport.y };
}

/** Zooms to `scale` keeping the board point under `anchor` (a screen point) where it is. */
export function zoomAround(viewport: Viewport, anchor: Point, scale: number): Viewport {
  const next = clampScale(scale);
  const board = screenToBoard(viewport, anchor);
  return { x: anchor.x - board.x * next, y: anchor.y - board.y * next, scale: next };
}

/** The next zoom stop above (direction 1) or below (-1) the current scale. */
export function zoomStep(scale: number, direction: 1 | -1): number {
  const epsilon = 1e-6;
  if (direction > 0) return ZOOM_STEPS.find((step) => step > scale + epsilon) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - epsilon) ?? MIN_SCALE;
}

/**
 * How much one wheel event zooms. Pinch gestures arrive as many small ctrl+wheel deltas, a mouse
 * wheel as a few large ones; an exponential treats both evenly, and the clamp tames line-mode deltas.
 */
export function wheelZoomFactor(deltaY: number): number {
  const clamped = Math.max(-100, Math.min(100, deltaY));
  return Math.exp(-clamped * 0.002);
}

/** Space kept between a fitted rectangle and a panel or bar over the canvas. */
const CLEARANCE = 16;

/**
 * The viewport that shows `rect` whole, never zoomed in past `maxScale`: centred in the stage less
 * `padding` on every side, and clear of what `insets` says covers the stage's edges.
 */
export function fitRect(
  rect: Rect,
  size: Size,
  {
    padding = 80,
    maxScale = 1,
    insets = NO_INSETS,
  }: { padding?: number; maxScale?: number; insets?: Insets } = {},
): Viewport {
  const edge = (inset: number) => (inset > 0 ? Math.max(padding, inset + CLEARANCE) : padding);
  const left = edge(insets.left);
  const top = edge(insets.top);
  const availableW = Math.max(1, size.width - left - edge(insets.right));
  const availableH = Math.max(1, size.height - top - edge(insets.bottom));
  const scale = clampScale(
    Math.min(maxScale, availableW / Math.max(rect.w, 1), availableH / Math.max(rect.h, 1)),
  );
  return {
    x: left + availableW / 2 - (rect.x + rect.w / 2) * scale,
    y: top + availableH / 2 - (rect.y + rect.h / 2) * scale,
    scale,
  };
}

/** The part of the board on screen that nothing in `insets` covers (see `covered-insets.ts`). */
export function uncoveredBoardRect(viewport: Viewport, size: Size, insets: Insets): Rect {
  const { x, y, w, h } = visibleBoardRect(viewport, size);
  const { scale } = viewport;
  return {
    x: x + insets.left / scale,
    y: y + insets.top / scale,
    w: Math.max(0, w - (insets.left + insets.right) / scale),
    h: Math.max(0, h - (insets.top + insets.bottom) / scale),
  };
}

/** The part of the board on screen, grown by `margin` screen pixels on every side. */
export function visibleBoardRect(viewport: Viewport, size: Size, margin = 0): Rect {
  const topLeft = screenToBoard(viewport, { x: -margin, y: -margin });
  return {
    x: topLeft.x,
    y: topLeft.y,
    w: (size.width + margin * 2) / viewport.scale,
    h: (size.height + margin * 2) / viewport.scale,
  };
}
