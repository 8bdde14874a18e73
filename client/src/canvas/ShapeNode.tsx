import type { ShapeItem } from '@werkplaats/shared';
import { memo } from 'react';
import { Ellipse, Group, Line, Rect, Text } from './konva';
import { useBoardStore } from '../store/board-store';
import { useItem } from '../sync/hooks';
import { fillColor, inkColor, SHAPE_TEXT_COLOR } from './item-style';
import { itemGroupProps, useCanDrag, type NodeProps } from './node-props';
import { DETAIL_MIN_SCALE, fitStickyText, FONT_FAMILY, STICKY_LINE_HEIGHT } from './sticky-text';

const PADDING = 12;

/**
 * The box a shape's label wraps in. Ellipses and diamonds are narrower away from their middle, so
 * their label keeps to the inner rectangle that stays inside the outline.
 */
export function shapeTextBox(shape: Pick<ShapeItem, 'kind' | 'w' | 'h'>): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const inset = shape.kind === 'rectangle' ? 1 : shape.kind === 'ellipse' ? Math.SQRT1_2 : 0.5;
  const width = Math.max(1, shape.w * inset - PADDING * 2);
  const height = Math.max(1, shape.h * inset - PADDING * 2);
  return { x: (shape.w - width) / 2, y: (shape.h - height) / 2, width, height };
}

function Outline({ shape }: { shape: ShapeItem }) {
  const common = {
    fill: fillColor(shape.fill),
    stroke: inkColor(shape.stroke),
    strokeWidth: shape.strokeWidth,
    strokeEnabled: shape.strokeWidth > 0,
    perfectDrawEnabled: false,
  };
  if (shape.kind === 'ellipse') {
    return (
      <Ellipse x={shape.w / 2} y={shape.h / 2} radiusX={shape.w / 2} radiusY={shape.h / 2} {...common} />
    );
  }
  if (shape.kind === 'diamond') {
    const { w, h } = shape;
    return <Line points={[w / 2, 0, w, h / 2, w / 2, h, 0, h / 2]} closed lineJoin="round" {...common} />;
  }
  return <Rect width={shape.w} height={shape.h} cornerRadius={6} {...common} />;
}

/** A rectangle, ellipse or diamond with its label centred inside. */
export const ShapeNode = memo(function ShapeNode({ id, gestures, readOnly }: NodeProps) {
  const item = useItem(id);
  const editing = useBoardStore((state) => state.editingId === id);
  const detailed = useBoardStore((state) => state.viewport.scale >= DETAIL_MIN_SCALE);
  const canDrag = useCanDrag(readOnly);
  if (!item || item.type !== 'shape') return null;
  const labelled = detailed && !editing && item.text !== '';
  const box = shapeTextBox(item);
  const fit = labelled ? fitStickyText(item.text, box.width, box.height) : undefined;
  return (
    <Group {...itemGroupProps(item, gestures, canDrag)}>
      <Outline shape={item} />
      {fit && (
        <Text
          {...box}
          text={item.text}
          fontSize={fit.fontSize}
          fontFamily={FONT_FAMILY}
          lineHeight={STICKY_LINE_HEIGHT}
          fill={SHAPE_TEXT_COLOR}
          align="center"
          verticalAlign="middle"
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
