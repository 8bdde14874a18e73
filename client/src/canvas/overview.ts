import {
  FILL_COLORS,
  INK_COLORS,
  pointInItem,
  resolveConnector,
  segmentDistanceSq,
  STICKY_COLORS,
  toItemFrame,
  type BoardPoint,
  type ConnectorItem,
  type Item,
} from '@werkplaats/shared';
import { DETAIL_MIN_SCALE } from './sticky-text';

/**
 * Below this zoom the board is an overview: words are not drawn (see `DETAIL_MIN_SCALE`), so most items
 * are coloured boxes and lines. They are painted from the item index by one Konva shape instead of a
 * node each: creating and drawing thousands of nodes was most of a big board's first render, since
 * joining zooms to fit the whole board.
 */
export const OVERVIEW_MAX_SCALE = DETAIL_MIN_SCALE;

/** Screen size below which letters are specks: not worth measuring and drawing. */
export const MIN_LEGIBLE_PX = 3;

/** Lines are this easy to pick up, in screen pixels either side. */
const LINE_HIT_PX = 7;

const STICKY_EDGE = '#00000014';

export function isOverview(scale: number): boolean {
  return scale < OVERVIEW_MAX_SCALE;
}

export type ItemLookup = (id: string) => Item | undefined;

/**
 * Whether an item keeps a node of its own in the overview: frames (their titles keep a readable size),
 * images (their pictures), and text blocks large enough to read at this zoom. Everything else is painted.
 */
export function keepsNode(item: Item, scale: number): boolean {
  if (item.type === 'frame' || item.type === 'image') return true;
  return item.type === 'text' && item.fontSize * scale >= MIN_LEGIBLE_PX;
}

/** The ids of the items a connector is attached to. */
export function attachedIds(connector: Item | undefined): string[] {
  if (connector?.type !== 'connector') return [];
  return [connector.start, connector.end].flatMap((end) => (end.kind === 'item' ? [end.itemId] : []));
}

function distanceToSegment(p: BoardPoint, a: BoardPoint, b: BoardPoint): number {
  return Math.sqrt(segmentDistanceSq(p.x, p.y, a.x, a.y, b.x, b.y));
}

function hits(item: Item, point: BoardPoint, lookup: ItemLookup, lineTolerance: number): boolean {
  if (item.type === 'connector') {
    const { start, end } = resolveConnector(item, lookup);
    return distanceToSegment(point, start, end) <= lineTolerance + item.strokeWidth / 2;
  }
  if (item.type === 'pen') {
    if (!pointInItem(point, item, lineTolerance + item.width)) return false;
    const local = toItemFrame(point, item);
    const { points } = item;
    for (let i = 0; i + 3 < points.length; i += 2) {
      const a = { x: points[i]!, y: points[i + 1]! };
      const b = { x: points[i + 2]!, y: points[i + 3]! };
      if (distanceToSegment(local, a, b) <= lineTolerance + item.width / 2) return true;
    }
    return points.length === 2 && Math.hypot(local.x - points[0]!, local.y - points[1]!) <= lineTolerance;
  }
  return pointInItem(point, item);
}

/**
 * The topmost painted item under `point` (board units), among `painted` in paint order; lines within a
 * few screen pixels count as hit at `scale`. The same geometry as the hit region `paintSketch` draws.
 */
export function paintedItemAt(
  painted: readonly string[],
  lookup: ItemLookup,
  point: BoardPoint,
  scale: number,
): string | undefined {
  const tolerance = LINE_HIT_PX / scale;
  for (let i = painted.length - 1; i >= 0; i--) {
    const item = lookup(painted[i]!);
    if (item && hits(item, point, lookup, tolerance)) return item.id;
  }
  return undefined;
}

/** The part of a 2D canvas context the painter uses, so it can draw into Konva's scene or hit canvas. */
export type SketchContext = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'translate'
  | 'rotate'
  | 'beginPath'
  | 'closePath'
  | 'rect'
  | 'ellipse'
  | 'moveTo'
  | 'lineTo'
  | 'fill'
  | 'stroke'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
>;

/** Painting the visible scene, or the hit region in one key colour (Konva's hit canvas). */
export type PaintMode = { kind: 'scene' } | { kind: 'hit'; color: string; scale: number };

/** Where an item's own top-left corner is on the canvas being painted (see `paintSketch`). */
interface Corner {
  x: number;
  y: number;
}

function outline(ctx: SketchContext, item: Item, at: Corner): void {
  const { x, y } = at;
  ctx.beginPath();
  if (item.type === 'shape' && item.kind === 'ellipse') {
    ctx.ellipse(x + item.w / 2, y + item.h / 2, item.w / 2, item.h / 2, 0, 0, Math.PI * 2);
  } else if (item.type === 'shape' && item.kind === 'diamond') {
    ctx.moveTo(x + item.w / 2, y);
    ctx.lineTo(x + item.w, y + item.h / 2);
    ctx.lineTo(x + item.w / 2, y + item.h);
    ctx.lineTo(x, y + item.h / 2);
    ctx.closePath();
  } else {
    ctx.rect(x, y, item.w, item.h);
  }
}

function paintBox(ctx: SketchContext, item: Item, at: Corner, mode: PaintMode): void {
  if (mode.kind === 'hit') {
    ctx.beginPath();
    ctx.rect(at.x, at.y, item.w, item.h);
    ctx.fill();
    return;
  }
  if (item.type === 'sticky') {
    outline(ctx, item, at);
    ctx.fillStyle = STICKY_COLORS[item.color];
    ctx.fill();
    ctx.strokeStyle = STICKY_EDGE;
    ctx.lineWidth = 2;
    ctx.stroke();
  } else if (item.type === 'shape') {
    outline(ctx, item, at);
    ctx.fillStyle = FILL_COLORS[item.fill];
    ctx.fill();
    if (item.strokeWidth > 0) {
      ctx.strokeStyle = INK_COLORS[item.stroke];
      ctx.lineWidth = item.strokeWidth;
      ctx.stroke();
    }
  }
}

function arrowHead(ctx: SketchContext, tip: BoardPoint, from: BoardPoint, size: number): void {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(tip.x - size * Math.cos(angle - 0.45), tip.y - size * Math.sin(angle - 0.45));
  ctx.lineTo(tip.x - size * Math.cos(angle + 0.45), tip.y - size * Math.sin(angle + 0.45));
  ctx.closePath();
  ctx.fill();
}

function paintConnector(ctx: SketchContext, item: ConnectorItem, lookup: ItemLookup, mode: PaintMode): void {
  const { start, end } = resolveConnector(item, lookup);
  ctx.beginPath();
  ctx.moveTo(start.x, start.y);
  ctx.lineTo(end.x, end.y);
  if (mode.kind === 'hit') {
    ctx.lineWidth = item.strokeWidth + (LINE_HIT_PX * 2) / mode.scale;
    ctx.stroke();
    return;
  }
  const ink = INK_COLORS[item.stroke];
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = item.strokeWidth;
  ctx.stroke();
  const size = 6 + item.strokeWidth * 2;
  if (item.endArrow === 'arrow') arrowHead(ctx, end, start, size);
  if (item.startArrow === 'arrow') arrowHead(ctx, start, end, size);
}

function paintPen(ctx: SketchContext, item: Item & { type: 'pen' }, at: Corner, mode: PaintMode): void {
  const { points } = item;
  if (points.length < 2) return;
  ctx.beginPath();
  ctx.moveTo(at.x + points[0]!, at.y + points[1]!);
  for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(at.x + points[i]!, at.y + points[i + 1]!);
  if (points.length === 2) ctx.lineTo(at.x + points[0]!, at.y + points[1]!);
  if (mode.kind === 'hit') {
    ctx.lineWidth = item.width + (LINE_HIT_PX * 2) / mode.scale;
  } else {
    ctx.strokeStyle = INK_COLORS[item.color];
    ctx.lineWidth = item.width;
  }
  ctx.stroke();
}

function paintItem(ctx: SketchContext, item: Item, at: Corner, mode: PaintMode): void {
  if (item.type === 'pen') paintPen(ctx, item, at, mode);
  else paintBox(ctx, item, at, mode);
}

/**
 * Paints `ids` (paint order) as the low-detail board shows them: notes as coloured cards, shapes with
 * their fill and outline, connectors and pen strokes as lines; text too small to read leaves no ink but
 * still takes clicks. In hit mode, every item's pickable area in the one key colour. Returns how many
 * items it painted.
 */
export function paintSketch(
  ctx: SketchContext,
  ids: readonly string[],
  lookup: ItemLookup,
  mode: PaintMode,
): number {
  let painted = 0;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (mode.kind === 'hit') {
    ctx.fillStyle = mode.color;
    ctx.strokeStyle = mode.color;
  }
  for (const id of ids) {
    const item = lookup(id);
    if (!item) continue;
    painted++;
    if (item.type === 'connector') {
      paintConnector(ctx, item, lookup, mode);
      continue;
    }
    // Saving and restoring the canvas state per item is a large part of painting thousands of them
    // (as it was of drawing a node each), so only turned items get a transform of their own.
    if (!item.rotation) {
      paintItem(ctx, item, item, mode);
      continue;
    }
    ctx.save();
    ctx.translate(item.x, item.y);
    ctx.rotate((item.rotation * Math.PI) / 180);
    paintItem(ctx, item, { x: 0, y: 0 }, mode);
    ctx.restore();
  }
  return painted;
}
