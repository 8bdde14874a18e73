import type { ItemType } from '@werkplaats/shared';
import {
  Fragment,
  memo,
  useCallback,
  useMemo,
  useState,
  useSyncExternalStore,
  type ComponentType,
} from 'react';
import { Layer } from './konva';
import { useVotes } from '../facilitation/use-votes';
import { useBoardStore } from '../store/board-store';
import { useSession } from '../sync/session-context';
import type Konva from 'konva';
import { ConnectorNode } from './ConnectorNode';
import { DragLayer } from './DragLayer';
import { FeedbackBadge } from './FeedbackBadge';
import { FrameNode } from './FrameNode';
import { ImageNode } from './ImageNode';
import { LockBadge } from './LockBadge';
import { OverviewSketch } from './OverviewSketch';
import type { ItemGestures } from './item-gestures';
import type { NodeProps } from './node-props';
import { PenNode } from './PenNode';
import { ShapeNode } from './ShapeNode';
import { StickyNode } from './StickyNode';
import { TextNode } from './TextNode';
import { VisibleItems } from './visible-items';
import { VoteMarks } from './VoteMarks';

const NODES: Record<ItemType, ComponentType<NodeProps>> = {
  sticky: StickyNode,
  text: TextNode,
  shape: ShapeNode,
  frame: FrameNode,
  connector: ConnectorNode,
  pen: PenNode,
  image: ImageNode,
};

/** The node for one item, chosen by its type; it re-renders only if the type itself changes. */
const ItemNode = memo(function ItemNode(props: NodeProps) {
  const { index } = useSession();
  const { id } = props;
  const subscribe = useCallback((onChange: () => void) => index.subscribeItem(id, onChange), [index, id]);
  const type = useSyncExternalStore(subscribe, () => index.getItem(id)?.type);
  if (!type) return null;
  const Node = NODES[type];
  return <Node {...props} />;
});

/**
 * The items near the window, in paint order, each keyed by id. Frames paint below everything else;
 * zoomed out, most items are painted by one overview shape above the frames (see `overview.ts`).
 * Above them, the layer that dragged items move to while they are dragged.
 */
export const ItemsLayer = memo(function ItemsLayer({ gestures }: { gestures: ItemGestures }) {
  const session = useSession();
  const [visible] = useState(() => new VisibleItems(session.index, useBoardStore, session.drags));
  const { nodes: ids, painted } = useSyncExternalStore(visible.subscribe, visible.getSnapshot);
  const selectedIds = useBoardStore((state) => state.selectedIds);
  // Badges and vote marks mount only where there is something to show: a board of thousands of items
  // has feedback on a few, and dots only while it has votes.
  const feedback = useSyncExternalStore(session.feedback.subscribe, session.feedback.getItems);
  const voting = useVotes().records.length > 0;
  const [frames, others] = useMemo(() => {
    const isFrame = (id: string) => session.index.getItem(id)?.type === 'frame';
    return [ids.filter(isFrame), ids.filter((id) => !isFrame(id))];
  }, [ids, session.index]);
  const marked = useMemo(() => [...frames, ...painted, ...others], [frames, painted, others]);
  const node = (id: string) => <ItemNode key={id} id={id} gestures={gestures} readOnly={session.readOnly} />;
  const layerRef = useCallback((layer: Konva.Layer | null) => gestures.lift.setItemsLayer(layer), [gestures]);
  return (
    <>
      <Layer ref={layerRef}>
        {frames.map(node)}
        {painted.length > 0 && <OverviewSketch painted={painted} gestures={gestures} />}
        {others.map(node)}
        {selectedIds.map((id) => (
          <LockBadge key={`lock-${id}`} id={id} />
        ))}
        {marked.map((id) =>
          feedback.has(id) || voting ? (
            <Fragment key={`marks-${id}`}>
              {feedback.has(id) && <FeedbackBadge id={id} />}
              {voting && <VoteMarks id={id} onRemove={gestures.removeDot} />}
            </Fragment>
          ) : null,
        )}
      </Layer>
      <DragLayer lift={gestures.lift} />
    </>
  );
});
