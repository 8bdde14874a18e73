/** Squared distance from point p to the segment a–b. */
export function segmentDistanceSq(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

/**
 * Ramer–Douglas–Peucker on a flat `[x0, y0, x1, y1, …]` list: drops points that lie within
 * `tolerance` of the line through their neighbours, keeping both ends. A pen stroke sampled at every
 * pointer event shrinks to a fraction of its points with no visible change, which keeps documents
 * (and every peer's download) small.
 */
export function simplifyPoints(points: readonly number[], tolerance: number): number[] {
  const count = Math.floor(points.length / 2);
  if (count <= 2) return points.slice(0, count * 2);
  const keep = new Uint8Array(count);
  keep[0] = 1;
  keep[count - 1] = 1;
  const toleranceSq = tolerance * tolerance;
  // An explicit stack rather than recursion: a long stroke must not overflow the call stack.
  const stack: [number, number][] = [[0, count - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestSq = toleranceSq;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(
        points[i * 2]!,
        points[i * 2 + 1]!,
        points[first * 2]!,
        points[first * 2 + 1]!,
        points[last * 2]!,
        points[last * 2 + 1]!,
      );
      if (d > farthestSq) {
        farthest = i;
        farthestSq = d;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  const result: number[] = [];
  for (let i = 0; i < count; i++) if (keep[i]) result.push(points[i * 2]!, points[i * 2 + 1]!);
  return result;
}
