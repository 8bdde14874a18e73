import { STICKY_COLORS, STICKY_TEXT_COLOR } from '@werkplaats/shared';
import { memo } from 'react';
import { Group, Rect, Text } from './konva';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';
import { itemGroupProps, useCanDrag, type NodeProps } from './node-props';
import {
  AUTHOR_BAND,
  AUTHOR_FONT_SIZE,
  AUTHOR_MIN_SCALE,
  DETAIL_MIN_SCALE,
  fitStickyText,
  FONT_FAMILY,
  showsAuthor,
  STICKY_LINE_HEIGHT,
  STICKY_PADDING,
  stickyTextBox,
} from './sticky-text';

/** One sticky note on the canvas. It reads only its own item, so a change elsewhere leaves it alone. */
export const StickyNode = memo(function StickyNode({ id, gestures, readOnly }: NodeProps) {
  const item = useItem(id);
  const editing = useBoardStore((state) => state.editingId === id);
  const nameLegible = useBoardStore((state) => state.viewport.scale >= AUTHOR_MIN_SCALE);
  const detailed = useBoardStore((state) => state.viewport.scale >= DETAIL_MIN_SCALE);
  const canDrag = useCanDrag(readOnly);
  if (!item || item.type !== 'sticky') return null;

  if (!detailed) {
    return (
      <Group {...itemGroupProps(item, gestures, canDrag)}>
        <Rect
          width={item.w}
          height={item.h}
          fill={STICKY_COLORS[item.color]}
          stroke="#00000014"
          strokeWidth={2}
          perfectDrawEnabled={false}
        />
      </Group>
    );
  }

  const box = stickyTextBox(item);
  const fit = fitStickyText(item.text, box.width, box.height);
  const author = showsAuthor(item);

  return (
    <Group {...itemGroupProps(item, gestures, canDrag)}>
      <Rect
        width={item.w}
        height={item.h}
        fill={STICKY_COLORS[item.color]}
        cornerRadius={4}
        shadowColor="#1f2328"
        shadowOpacity={0.16}
        shadowBlur={12}
        shadowOffsetY={4}
        shadowForStrokeEnabled={false}
        perfectDrawEnabled={false}
      />
      {!editing && (
        <Text
          width={item.w}
          height={item.h - (author ? AUTHOR_BAND : 0)}
          padding={STICKY_PADDING}
          text={item.text}
          fontSize={fit.fontSize}
          fontFamily={FONT_FAMILY}
          lineHeight={STICKY_LINE_HEIGHT}
          fill={STICKY_TEXT_COLOR}
          align="center"
          verticalAlign="middle"
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {author && nameLegible && (
        <Text
          x={STICKY_PADDING}
          y={item.h - AUTHOR_BAND - STICKY_PADDING / 2}
          width={item.w - STICKY_PADDING * 2}
          height={AUTHOR_BAND}
          text={item.authorName}
          fontSize={AUTHOR_FONT_SIZE}
          fontFamily={FONT_FAMILY}
          fill="#4b5158"
          align="right"
          verticalAlign="bottom"
          wrap="none"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
