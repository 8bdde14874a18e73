import { memo } from 'react';
import { Group, Rect, Text } from './konva';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';
import { fontStyle, inkColor, TEXT_LINE_HEIGHT } from './item-style';
import { itemGroupProps, useCanDrag, type NodeProps } from './node-props';
import { FONT_FAMILY } from './sticky-text';

/** Screen size below which letters are specks: not worth measuring and drawing. */
const MIN_LEGIBLE_PX = 3;

/** A free text block. The transparent box makes the whole block pickable, not only its glyphs. */
export const TextNode = memo(function TextNode({ id, gestures, readOnly }: NodeProps) {
  const item = useItem(id);
  const editing = useBoardStore((state) => state.editingId === id);
  const fontSize = item?.type === 'text' ? item.fontSize : 0;
  const legible = useBoardStore((state) => fontSize * state.viewport.scale >= MIN_LEGIBLE_PX);
  const canDrag = useCanDrag(readOnly);
  if (!item || item.type !== 'text') return null;
  return (
    <Group {...itemGroupProps(item, gestures, canDrag)}>
      <Rect width={item.w} height={item.h} fill="transparent" />
      {!editing && legible && (
        <Text
          width={item.w}
          text={item.text}
          fontSize={item.fontSize}
          fontFamily={FONT_FAMILY}
          fontStyle={fontStyle(item)}
          align={item.align}
          lineHeight={TEXT_LINE_HEIGHT}
          fill={inkColor(item.color)}
          wrap="word"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
