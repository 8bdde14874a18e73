import type Konva from 'konva';
import { memo, useLayoutEffect, useRef } from 'react';
import { Layer, Transformer } from 'react-konva';
import { useBoardStore } from '../store/board-store';
import { useLayoutVersion } from '../sync/hooks';
import { MIN_ITEM_SIZE, type ItemGestures } from './item-gestures';
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
  const scale = useBoardStore((state) => state.viewport.scale);
  const layoutVersion = useLayoutVersion();

  useLayoutEffect(() => {
    const transformer = transformerRef.current;
    const stage = transformer?.getStage();
    if (!transformer || !stage) return;
    const nodes = selectedIds
      .filter((id) => id !== editingId)
      .map((id) => stage.findOne(`#${id}`))
      .filter((node): node is Konva.Node => node !== undefined);
    transformer.nodes(nodes);
    // Items move under the transformer through the document (someone else, or the rest of a
    // multi-selection being dragged); its frame follows them here.
    transformer.forceUpdate();
  }, [selectedIds, editingId, layoutVersion]);

  return (
    <Layer>
      <Transformer
        ref={transformerRef}
        rotateEnabled={false}
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
          newBox.width < MIN_ITEM_SIZE * scale || newBox.height < MIN_ITEM_SIZE * scale ? oldBox : newBox
        }
        onTransformStart={() => gestures.transformStart()}
        onTransformEnd={() => gestures.transformEnd(transformerRef.current?.nodes() ?? [])}
      />
    </Layer>
  );
});
