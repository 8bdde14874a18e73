import { memo } from 'react';
import { Circle, Group, Path } from './konva';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';

/** Screen size of the badge, whatever the zoom. */
const SIZE = 20;
/** The lock of the toolbar's icon, on its 24px grid. */
const LOCK_PATH = 'M5 10.5h14v10H5zM8 10.5V7a4 4 0 018 0v3.5';

/**
 * A small lock at an item's top-right corner, so people see why it does not move. Drawn for the
 * selection only: a template locks dozens of cards and areas, and a badge on each would bury the board.
 * Paints above every item and takes no pointer events.
 */
export const LockBadge = memo(function LockBadge({ id }: { id: string }) {
  const item = useItem(id);
  const scale = useBoardStore((state) => state.viewport.scale);
  if (!item?.locked || item.type === 'connector') return null;
  const inverse = 1 / scale;
  return (
    <Group
      x={item.x + item.w - (SIZE * 0.7) / scale}
      y={item.y - (SIZE * 0.3) / scale}
      scaleX={inverse}
      scaleY={inverse}
      listening={false}
      name="lock-badge"
    >
      <Circle x={SIZE / 2} y={SIZE / 2} radius={SIZE / 2} fill="#ffffff" stroke="#c4cad2" strokeWidth={1} />
      <Path
        x={4}
        y={4}
        scaleX={0.5}
        scaleY={0.5}
        data={LOCK_PATH}
        stroke="#57606a"
        strokeWidth={2.4}
        lineJoin="round"
      />
    </Group>
  );
});
