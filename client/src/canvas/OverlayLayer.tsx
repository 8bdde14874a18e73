import type Konva from 'konva';
import { memo, useEffect, useRef } from 'react';
import { Layer } from './konva';
import { useSession } from '../sync/session-context';
import { DraftShapes } from './DraftShapes';
import type { ItemGestures } from './item-gestures';
import { PeerCursors } from './PeerCursors';
import { RemoteDragPreviews } from './remote-drags';
import { SnapGuides } from './SnapGuides';

/**
 * What is drawn over the items but never clicked: snap guides, what a tool is drawing, other people's
 * pointers and selections, and the driver that plays their drags on the item nodes. One layer that
 * does not listen, so it costs no hit testing; one layer rather than one each, as every layer is two
 * canvases the size of the board to allocate and to composite on every frame.
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
      <DraftShapes />
      <PeerCursors />
    </Layer>
  );
});
