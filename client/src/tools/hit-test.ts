import {
  itemBounds,
  pointInItem,
  rectContains,
  rectsIntersect,
  resolveConnector,
  spanRect,
  type BoardPoint,
  type BoardRect,
  type Item,
} from '@werkplaats/shared';
import type { ItemsIndex } from '../sync/items-index';

/** The rectangle an item covers on screen now; for connectors, the span of their resolved ends. */
export function coveredRect(index: ItemsIndex, item: Item): BoardRect {
  if (item.type !== 'connector') return itemBounds(item);
  const { start, end } = resolveConnector(item, (id) => index.getItem(id));
  return spanRect(start, end);
}

/**
 * The topmost item a connector end can attach to at `point`: not connectors or pen strokes, and
 * frames only where no other item is, since frames paint below everything.
 */
export function attachableItemAt(index: ItemsIndex, point: BoardPoint, tolerance = 0): Item | undefined {
  let frame: Item | undefined;
  const order = index.getOrder();
  for (let i = order.length - 1; i >= 0; i--) {
    const item = index.getItem(order[i]!);
    if (!item || item.type === 'connector' || item.type === 'pen') continue;
    if (!pointInItem(point, item, tolerance)) continue;
    if (item.type !== 'frame') return item;
    frame ??= item;
  }
  return frame;
}

/**
 * The ids a marquee over `rect` selects, in paint order: items it touches, and frames only when it
 * encloses them whole, so lassoing notes inside a frame does not grab the frame too.
 */
export function itemsInMarquee(index: ItemsIndex, rect: BoardRect): string[] {
  return index.getOrder().filter((id) => {
    const item = index.getItem(id);
    if (!item) return false;
    const covered = coveredRect(index, item);
    return item.type === 'frame' ? rectContains(rect, covered) : rectsIntersect(rect, covered);
  });
}
