import { itemBounds, type ItemBox } from './bounds.js';

/** Which edge or centre line `alignItems` lines items up on. */
export type Alignment = 'left' | 'centerX' | 'right' | 'top' | 'middle' | 'bottom';

type Boxed = ItemBox & { id: string };
type Move = { id: string; x: number; y: number };

/**
 * Moves that line items up on the edge or centre line of their joint bounds (rotated items by their
 * visible bounds). Items already in place get no move, so nothing is written for them.
 */
export function alignItems(items: readonly Boxed[], alignment: Alignment): Move[] {
  if (items.length < 2) return [];
  const bounds = items.map((item) => ({ item, rect: itemBounds(item) }));
  const left = Math.min(...bounds.map(({ rect }) => rect.x));
  const right = Math.max(...bounds.map(({ rect }) => rect.x + rect.w));
  const top = Math.min(...bounds.map(({ rect }) => rect.y));
  const bottom = Math.max(...bounds.map(({ rect }) => rect.y + rect.h));
  const moves: Move[] = [];
  for (const { item, rect } of bounds) {
    let dx = 0;
    let dy = 0;
    if (alignment === 'left') dx = left - rect.x;
    else if (alignment === 'right') dx = right - (rect.x + rect.w);
    else if (alignment === 'centerX') dx = (left + right) / 2 - (rect.x + rect.w / 2);
    else if (alignment === 'top') dy = top - rect.y;
    else if (alignment === 'bottom') dy = bottom - (rect.y + rect.h);
    else dy = (top + bottom) / 2 - (rect.y + rect.h / 2);
    if (dx !== 0 || dy !== 0) moves.push({ id: item.id, x: item.x + dx, y: item.y + dy });
  }
  return moves;
}

/**
 * Moves that space items evenly along an axis, keeping the first and last where they are and leaving
 * equal gaps between neighbours (as drawing tools do, by gap rather than by centre).
 */
export function distributeItems(items: readonly Boxed[], axis: 'x' | 'y'): Move[] {
  if (items.length < 3) return [];
  const size = axis === 'x' ? 'w' : 'h';
  const sorted = items
    .map((item) => ({ item, rect: itemBounds(item) }))
    .sort((a, b) => a.rect[axis] - b.rect[axis]);
  const first = sorted[0]!.rect;
  const last = sorted[sorted.length - 1]!.rect;
  const occupied = sorted.reduce((sum, { rect }) => sum + rect[size], 0);
  const gap = (last[axis] + last[size] - first[axis] - occupied) / (sorted.length - 1);
  const moves: Move[] = [];
  let cursor = first[axis] + first[size] + gap;
  for (const { item, rect } of sorted.slice(1, -1)) {
    const delta = cursor - rect[axis];
    if (delta !== 0)
      moves.push({
        id: item.id,
        x: item.x + (axis === 'x' ? delta : 0),
        y: item.y + (axis === 'y' ? delta : 0),
      });
    cursor += rect[size] + gap;
  }
  return moves;
}
