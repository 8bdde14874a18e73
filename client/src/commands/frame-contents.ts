import { itemsInsideFrame, type Item } from '@werkplaats/shared';
import type { ItemsIndex } from '../sync/items-index';
import { coveredRect } from '../tools/hit-test';

/**
 * The ids plus everything lying inside the frames among them, for moving, nudging, duplicating and
 * copying a frame together with its contents. Locked items inside stay where they are.
 */
export function withFrameContents(index: ItemsIndex, ids: readonly string[]): Set<string> {
  const result = new Set(ids);
  const frames = ids.map((id) => index.getItem(id)).filter((item) => item?.type === 'frame');
  if (frames.length === 0) return result;
  // A connector's stored box goes stale as its ends move, so it counts where it is drawn.
  const all = index
    .getOrder()
    .map((id) => index.getItem(id))
    .filter((item): item is Item => item !== undefined && !item.locked)
    .map((item) => (item.type === 'connector' ? { ...coveredRect(index, item), id: item.id } : item));
  for (const frame of frames) for (const id of itemsInsideFrame(frame!, all)) result.add(id);
  return result;
}
