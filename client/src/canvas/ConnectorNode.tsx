import { resolveConnector, type ConnectorItem, type Item } from '@werkplaats/shared';
import { memo, useMemo } from 'react';
import { Arrow, Group } from './konva';
import { useBoardStore } from '../store/board-store';
import { useItem, useItemsChanged } from '../sync/hooks';
import { useSession } from '../sync/session-context';
import { inkColor } from './item-style';
import { itemGroupProps, useCanDrag, type NodeProps } from './node-props';
import { ACCENT } from './theme';

const HIT_WIDTH = 16;

function attachedIds(connector: Item | undefined): string[] {
  if (connector?.type !== 'connector') return [];
  return [connector.start, connector.end].flatMap((end) => (end.kind === 'item' ? [end.itemId] : []));
}

/**
 * A line or arrow. Attached ends are worked out here from the attached items' current geometry, so
 * moving a note redraws its connectors without writing to them. It re-renders when the connector or
 * one of its (at most two) attached items changes.
 */
export const ConnectorNode = memo(function ConnectorNode({ id, gestures, readOnly }: NodeProps) {
  const { index } = useSession();
  const item = useItem(id);
  const selected = useBoardStore((state) => state.selectedIds.includes(id));
  const canDrag = useCanDrag(readOnly);
  const startId = attachedIds(item)[0];
  const endId = attachedIds(item)[1];
  const attached = useMemo(
    () => [startId, endId].filter((x): x is string => x !== undefined),
    [startId, endId],
  );
  useItemsChanged(attached);
  if (!item || item.type !== 'connector') return null;
  const { start, end } = resolveConnector(item, (itemId) => index.getItem(itemId));
  const free = item.start.kind === 'point' || item.end.kind === 'point';
  return (
    <Group {...itemGroupProps(item, gestures, canDrag && free)} rotation={0}>
      <ConnectorLine
        connector={item}
        points={[start.x - item.x, start.y - item.y, end.x - item.x, end.y - item.y]}
        selected={selected}
      />
    </Group>
  );
});

function ConnectorLine({
  connector,
  points,
  selected,
}: {
  connector: ConnectorItem;
  points: number[];
  selected: boolean;
}) {
  const size = 6 + connector.strokeWidth * 2;
  return (
    <Arrow
      points={points}
      stroke={inkColor(connector.stroke)}
      fill={inkColor(connector.stroke)}
      strokeWidth={connector.strokeWidth}
      hitStrokeWidth={HIT_WIDTH}
      pointerAtBeginning={connector.startArrow === 'arrow'}
      pointerAtEnding={connector.endArrow === 'arrow'}
      pointerLength={size}
      pointerWidth={size}
      lineCap="round"
      lineJoin="round"
      shadowColor={ACCENT}
      shadowBlur={selected ? 6 : 0}
      shadowOpacity={selected ? 0.9 : 0}
      shadowForStrokeEnabled={selected}
      perfectDrawEnabled={false}
    />
  );
}
