/** A point in board coordinates. */
export interface BoardPoint {
  x: number;
  y: number;
}

/** An axis-aligned rectangle in board coordinates. */
export interface BoardRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The geometry every item has: a box rotated (degrees, clockwise) about its top-left corner. */
export interface ItemBox extends BoardRect {
  rotation?: number;
}

/** The box's corners in board coordinates; rotation turns about (x, y), as the canvas draws it. */
export function itemCorners(box: ItemBox): BoardPoint[] {
  const angle = ((box.rotation ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return [
    [0, 0],
    [box.w, 0],
    [box.w, box.h],
    [0, box.h],
  ].map(([dx, dy]) => ({ x: box.x + dx! * cos - dy! * sin, y: box.y + dx! * sin + dy! * cos }));
}

/** The axis-aligned rectangle around a possibly rotated item. */
export function itemBounds(box: ItemBox): BoardRect {
  if (!box.rotation) return { x: box.x, y: box.y, w: box.w, h: box.h };
  const corners = itemCorners(box);
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

export function rectsIntersect(a: BoardRect, b: BoardRect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

export function rectContains(outer: BoardRect, inner: BoardRect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

/** `point` in the box's own frame: relative to its top-left corner, its rotation undone. */
export function toItemFrame(point: BoardPoint, box: ItemBox): BoardPoint {
  const angle = (-(box.rotation ?? 0) * Math.PI) / 180;
  const dx = point.x - box.x;
  const dy = point.y - box.y;
  return { x: dx * Math.cos(angle) - dy * Math.sin(angle), y: dx * Math.sin(angle) + dy * Math.cos(angle) };
}

/** Whether `point` falls inside the (rotated) box, grown by `tolerance` on every side. */
export function pointInItem(point: BoardPoint, box: ItemBox, tolerance = 0): boolean {
  const local = toItemFrame(point, box);
  return (
    local.x >= -tolerance &&
    local.y >= -tolerance &&
    local.x <= box.w + tolerance &&
    local.y <= box.h + tolerance
  );
}

/** The bounds of a flat `[x0, y0, x1, y1, …]` point list, or undefined when it is empty. */
export function pointsBounds(points: readonly number[]): BoardRect | undefined {
  if (points.length < 2) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    minX = Math.min(minX, points[i]!);
    maxX = Math.max(maxX, points[i]!);
    minY = Math.min(minY, points[i + 1]!);
    maxY = Math.max(maxY, points[i + 1]!);
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}
