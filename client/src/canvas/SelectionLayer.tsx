import type Konva from 'konva';
import { memo, useLayoutEffect, useRef } from 'react';
import { Layer, Transformer } from './konva';
import { useBoardStore } from '../store/board-store';
import { useItemsChanged, useLayoutVersion } from '../sync/hooks';
import { useSession } from '../sync/session-context';
import type { ItemGestures } from './item-gestures';
import { ACCENT } from './theme';

/** Resize handles around the selection. Observers see the outline but get no handles. */
export const SelectionLayer = memo(function SelectionLayer({
  gestures,
  readOnly,
}: {
  gestures: ItemGestures;
  readOnly: boolean;
}) {
  const transformerRef = useRef<Konva.Transformer>(null);
  const selectedIds = useBoardStore((state) => state.selectedIds);
  const editingId = useBoardStore((state) => state.editingId);
  const layoutVersion = useLayoutVersion();
  const session = useSession();
  // Locking is not a layout change; re-read when a selected item changes at all.
  const itemsVersion = useItemsChanged(selectedIds);

  useLayoutEffect(() => {
    const transformer = transformerRef.current;
    const stage = transformer?.getStage();
    if (!transformer || !stage) return;
    // Connectors follow their ends and locked items stay as they are: neither gets handles.
    const nodes = selectedIds
      .filter((id) => {
        const item = session.index.getItem(id);
        return id !== editingId && item !== undefined && item.type !== 'connector' && !item.locked;
      })
      .map((id) => stage.findOne(`#${id}`))
      .filter((node): node is Konva.Node => node !== undefined);
    transformer.nodes(nodes);
    // Items move under the transformer through the document (someone else, or the rest of a
    // multi-selection being dragged); its frame follows them here.
    transformer.forceUpdate();
  }, [selectedIds, editingId, layoutVersion, itemsVersion, session]);

  return (
    <Layer>
      <Transformer
        ref={transformerRef}
        rotateEnabled={!readOnly}
        rotationSnaps={[0, 45, 90, 135, 180, 225, 270, 315]}
        rotationSnapTolerance={4}
        flipEnabled={false}
        keepRatio={false}
        resizeEnabled={!readOnly}
        ignoreStroke
        borderStroke={ACCENT}
        borderStrokeWidth={2}
        anchorStroke={ACCENT}
        anchorFill="#ffffff"
        anchorSize={10}
        anchorCornerRadius={2}
        padding={2}
        boundBoxFunc={(oldBox, newBox) =>
          gestures.boundBox(oldBox, newBox, transformerRef.current?.getActiveAnchor() ?? null)
        }
        onTransformStart={() => gestures.transformStart()}
        onTransform={(event) => gestures.transformMove(transformerRef.current?.nodes() ?? [], event.evt)}
        onTransformEnd={() => gestures.transformEnd(transformerRef.current?.nodes() ?? [])}
      />
    </Layer>
  );
});
