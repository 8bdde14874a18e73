import type Konva from 'konva';
import { memo, useEffect, useRef } from 'react';
import { Layer } from 'react-konva';
import { useSession } from '../sync/session-context';
import type { ItemGestures } from './item-gestures';
import { RemoteDragPreviews } from './remote-drags';
import { SnapGuides } from './SnapGuides';

/**
 * What is drawn over the items but never clicked: snap guides, and the driver that plays other
 * people's drags on the item nodes. One layer that does not listen, so it costs no hit testing.
 */
export const OverlayLayer = memo(function OverlayLayer({ gestures }: { gestures: ItemGestures }) {
  const session = useSession();
  const layerRef = useRef<Konva.Layer>(null);
  useEffect(() => {
    const stage = layerRef.current?.getStage();
    if (!stage) return;
    const previews = new RemoteDragPreviews(session, stage);
    return () => previews.destroy();
  }, [session]);
  return (
    <Layer ref={layerRef} listening={false}>
      <SnapGuides guides={gestures.guides} />
    </Layer>
  );
});
