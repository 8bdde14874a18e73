import { itemBounds, rectContains, type ItemBox } from './bounds.js';

/**
 * The ids of the items lying wholly inside `frame`, which move with it. Containment is worked out when
 * the frame is picked up rather than stored, so dropping a note into a frame needs no extra write and
 * two people rearranging a frame's contents cannot disagree about what belongs to it.
 */
export function itemsInsideFrame(
  frame: ItemBox & { id: string },
  items: Iterable<ItemBox & { id: string }>,
): string[] {
  const area = itemBounds(frame);
  const inside: string[] = [];
  for (const item of items) {
    if (item.id !== frame.id && rectContains(area, itemBounds(item))) inside.push(item.id);
  }
  return inside;
}
