import { memo } from 'react';
import { Circle, Group, Text } from './konva';
import { useItemVote } from '../facilitation/use-votes';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';

/** Screen sizes, whatever the zoom. */
const DOT = 14;
const GAP = 4;
const BADGE = 26;
const DOT_COLOR = '#0b5cad';

/**
 * The current vote on one item: this person's own dots along its bottom edge while the vote runs
 * (clicking one takes it back), and the total in a badge at its top-left corner once revealed.
 */
export const VoteMarks = memo(function VoteMarks({
  id,
  onRemove,
}: {
  id: string;
  onRemove: (id: string) => void;
}) {
  const item = useItem(id);
  const { mine, total } = useItemVote(id);
  const scale = useBoardStore((state) => state.viewport.scale);
  if (!item || (mine === 0 && !total)) return null;
  const inverse = 1 / scale;
  if (total) {
    return (
      <Group
        x={item.x - (BADGE * 0.3) / scale}
        y={item.y - (BADGE * 0.3) / scale}
        scaleX={inverse}
        scaleY={inverse}
        listening={false}
        name="vote-total"
      >
        <Circle x={BADGE / 2} y={BADGE / 2} radius={BADGE / 2} fill={DOT_COLOR} />
        <Text
          text={String(total)}
          width={BADGE}
          height={BADGE}
          align="center"
          verticalAlign="middle"
          fill="#ffffff"
          fontStyle="bold"
          fontSize={13}
        />
      </Group>
    );
  }
  return (
    <Group
      x={item.x + (GAP * 2) / scale}
      y={item.y + item.h - (DOT + GAP * 2) / scale}
      scaleX={inverse}
      scaleY={inverse}
      name="vote-dots"
    >
      {Array.from({ length: mine }, (_, i) => (
        <Circle
          key={i}
          x={DOT / 2 + i * (DOT + GAP)}
          y={DOT / 2}
          radius={DOT / 2}
          fill={DOT_COLOR}
          stroke="#ffffff"
          strokeWidth={2}
          onClick={(event) => {
            event.cancelBubble = true;
            onRemove(id);
          }}
        />
      ))}
    </Group>
  );
});
