import { REACTION_EMOJI } from '@werkplaats/shared';
import { memo } from 'react';
import { Label, Tag, Text } from './konva';
import { useBoardStore } from '../store/board-store';
import { useItem, useItemFeedback } from '../sync/hooks';
import { FONT_FAMILY } from './sticky-text';

const FONT_SIZE = 12;
/** Screen pixels between the item's bottom edge and the pill. */
const GAP = 4;

/**
 * A small pill just below an item's bottom-left corner: how many comments it has ("💬 2") and its reactions
 * ("👍 3"). The same size at every zoom; paints above the items and takes no pointer events.
 */
export const FeedbackBadge = memo(function FeedbackBadge({ id }: { id: string }) {
  const item = useItem(id);
  const { comments, reactions } = useItemFeedback(id);
  const scale = useBoardStore((state) => state.viewport.scale);
  if (!item || item.type === 'connector' || (comments.length === 0 && reactions.length === 0)) return null;
  const parts = comments.length > 0 ? [`💬 ${comments.length}`] : [];
  for (const emoji of REACTION_EMOJI) {
    const count = reactions.filter((reaction) => reaction.emoji === emoji).length;
    if (count > 0) parts.push(`${emoji} ${count}`);
  }
  const inverse = 1 / scale;
  return (
    <Label
      x={item.x}
      y={item.y + item.h + GAP / scale}
      scaleX={inverse}
      scaleY={inverse}
      listening={false}
      name="feedback-badge"
    >
      <Tag
        fill="#ffffff"
        stroke="#c4cad2"
        strokeWidth={1}
        cornerRadius={10}
        shadowColor="#1f2328"
        shadowOpacity={0.12}
        shadowBlur={4}
        shadowOffsetY={1}
      />
      <Text
        text={parts.join('  ')}
        fontSize={FONT_SIZE}
        fontFamily={FONT_FAMILY}
        fill="#1f2328"
        padding={5}
      />
    </Label>
  );
});
