import { memo } from 'react';
import { Group, Rect, Text } from './konva';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';
import { fillColor, FRAME_TITLE_SCREEN_SIZE } from './item-style';
import { isOverview } from './overview';
import { itemGroupProps, useCanDrag, type NodeProps } from './node-props';
import { FONT_FAMILY } from './sticky-text';

/**
 * A named area. Only its title and border pick it up: a press on its inside belongs to the board
 * (a marquee), as in Miro, so a frame full of notes can still be lassoed.
 */
export const FrameNode = memo(function FrameNode({ id, gestures, readOnly }: NodeProps) {
  const t = useT();
  const item = useItem(id);
  const editing = useBoardStore((state) => state.editingId === id);
  const scale = useBoardStore((state) => state.viewport.scale);
  const canDrag = useCanDrag(readOnly);
  if (!item || item.type !== 'frame') return null;
  const fontSize = FRAME_TITLE_SCREEN_SIZE / scale;
  return (
    <Group {...itemGroupProps(item, gestures, canDrag)}>
      <Rect
        width={item.w}
        height={item.h}
        fill={fillColor(item.fill)}
        cornerRadius={8}
        shadowColor="#1f2328"
        shadowOpacity={0.08}
        shadowBlur={16}
        // A few pixels of blur zoomed out, but blurring every frame's shadow is dear in the overview.
        shadowEnabled={!isOverview(scale)}
        shadowOffsetY={2}
        shadowForStrokeEnabled={false}
        listening={false}
        perfectDrawEnabled={false}
      />
      <Rect
        width={item.w}
        height={item.h}
        cornerRadius={8}
        stroke="#c4cad2"
        strokeWidth={1}
        strokeScaleEnabled={false}
        fillEnabled={false}
        hitStrokeWidth={12 / scale}
        perfectDrawEnabled={false}
      />
      {!editing && (
        <Text
          y={-fontSize * 1.6}
          width={item.w}
          text={item.title || t('item.frameUntitled')}
          fontSize={fontSize}
          fontFamily={FONT_FAMILY}
          fontStyle="600"
          fill={item.title ? '#3d444d' : '#6e7781'}
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
