import { unionRect, type Point, type Rect } from '../lib/geometry';
import type { Size, Viewport } from './viewport';

/** How a minimap of `size` pixels shows the board: which board rectangle, at what scale, where. */
export interface MinimapFrame {
  scale: number;
  /** Minimap pixel of board point (0, 0). */
  x: number;
  y: number;
}

/** Room around the content and the view, as a share of their size, so nothing touches the edge. */
const PADDING = 0.08;

/** Fits the content and the visible part of the board into the minimap, centred. */
export function minimapFrame(content: Rect | undefined, view: Rect, size: Size): MinimapFrame {
  const world = unionRect(content ? [content, view] : [view])!;
  const padX = world.w * PADDING;
  const padY = world.h * PADDING;
  const w = world.w + padX * 2;
  const h = world.h + padY * 2;
  const scale = Math.min(size.width / w, size.height / h);
  return {
    scale,
    x: (size.width - world.w * scale) / 2 - world.x * scale,
    y: (size.height - world.h * scale) / 2 - world.y * scale,
  };
}

export function boardToMinimap(frame: MinimapFrame, rect: Rect): Rect {
  return {
    x: rect.x * frame.scale + frame.x,
    y: rect.y * frame.scale + frame.y,
    w: rect.w * frame.scale,
    h: rect.h * frame.scale,
  };
}

export function minimapToBoard(frame: MinimapFrame, point: Point): Point {
  return { x: (point.x - frame.x) / frame.scale, y: (point.y - frame.y) / frame.scale };
}

/** The viewport that puts board point `centre` in the middle of the stage, at the same zoom. */
export function viewportCentredOn(viewport: Viewport, stage: Size, centre: Point): Viewport {
  return {
    ...viewport,
    x: stage.width / 2 - centre.x * viewport.scale,
    y: stage.height / 2 - centre.y * viewport.scale,
  };
}
