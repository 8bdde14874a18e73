import { memo } from 'react';
import { Group, Line } from './konva';
import { useItem } from '../sync/hooks';
import { inkColor } from './item-style';
import { itemGroupProps, useCanDrag, type NodeProps } from './node-props';

/** Strokes thinner than this are still easy to pick up. */
const MIN_HIT_WIDTH = 14;

/** A freehand stroke, smoothed a little between its (simplified) points. */
export const PenNode = memo(function PenNode({ id, gestures, readOnly }: NodeProps) {
  const item = useItem(id);
  const canDrag = useCanDrag(readOnly);
  if (!item || item.type !== 'pen') return null;
  return (
    <Group {...itemGroupProps(item, gestures, canDrag)}>
      <Line
        points={item.points}
        stroke={inkColor(item.color)}
        strokeWidth={item.width}
        hitStrokeWidth={Math.max(MIN_HIT_WIDTH, item.width)}
        tension={0.35}
        lineCap="round"
        lineJoin="round"
        perfectDrawEnabled={false}
      />
    </Group>
  );
});
