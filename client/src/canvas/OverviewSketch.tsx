import type Konva from 'konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import { memo, useCallback, useEffect, useRef } from 'react';
import { Shape } from './konva';
import type { Item } from '@werkplaats/shared';
import { useBoardStore } from '../store/board-store';
import { useSession } from '../sync/session-context';
import { beyondSlop, trackPointer } from '../tools/pointer-tracking';
import type { ItemGestures } from './item-gestures';
import { paintedItemAt, paintSketch } from './overview';

const paintedCounts = new WeakMap<Konva.Node, number>();

/** How many items an overview sketch painted in its last draw (0 for any other node); for the test API. */
export function paintedCount(node: Konva.Node): number {
  return paintedCounts.get(node) ?? 0;
}

/**
 * A press on a painted item does what a press on its node would: it selects the item, which gives it
 * a node (selected items always have one); once the pointer moves past the click slop, that node
 * takes over as an ordinary Konva drag. A press that does not move is a click; a second click, on the
 * node by then, makes it a double click (see `ItemGestures.click`).
 */
function pressPaintedItem(gestures: ItemGestures, stage: Konva.Stage, id: string, press: PointerEvent): void {
  gestures.pointerDown(id, press);
  if (press.button !== 0) return;
  let dragging = false;
  trackPointer(press, {
    move: (_event, delta) => {
      if (dragging || !beyondSlop(delta)) return;
      const node = stage.findOne(`#${id}`);
      if (!node?.draggable()) return;
      dragging = true;
      // Konva grabs the node where the pointer is now; moved by the slop first, it keeps the point
      // that was pressed under the pointer, as a drag from the press would.
      node.move({ x: delta.x / stage.scaleX(), y: delta.y / stage.scaleY() });
      node.startDrag();
    },
    end: (event, _delta, cancelled) => {
      if (!dragging && !cancelled) gestures.clickPainted(id, event);
    },
  });
}

/**
 * The zoomed-out board's items in one shape: `painted` (paint order) drawn from the item index in a
 * single pass, with a hit region of the same geometry so presses find the item under the pointer.
 */
export const OverviewSketch = memo(function OverviewSketch({
  painted,
  gestures,
}: {
  painted: readonly string[];
  gestures: ItemGestures;
}) {
  const { index } = useSession();
  const shapeRef = useRef<Konva.Shape>(null);
  const lookup = useCallback((id: string): Item | undefined => index.getItem(id), [index]);

  // A change that moves nothing (a colour, a text) still changes the picture.
  useEffect(() => index.itemsChanged.subscribe(() => shapeRef.current?.getLayer()?.batchDraw()), [index]);

  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      paintedCounts.set(shape, paintSketch(context._context, painted, lookup, { kind: 'scene' }));
    },
    [painted, lookup],
  );
  const hitFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const { scale } = useBoardStore.getState().viewport;
      paintSketch(context._context, painted, lookup, { kind: 'hit', color: shape.colorKey, scale });
    },
    [painted, lookup],
  );
  const onPointerDown = useCallback(
    (event: KonvaEventObject<PointerEvent>) => {
      const shape = shapeRef.current;
      const stage = shape?.getStage();
      const point = shape?.getRelativePointerPosition();
      if (!stage || !point) return;
      const { scale } = useBoardStore.getState().viewport;
      const id = paintedItemAt(painted, lookup, point, scale);
      if (id) pressPaintedItem(gestures, stage, id, event.evt);
    },
    [painted, lookup, gestures],
  );

  return (
    <Shape
      ref={shapeRef}
      name="overview-sketch"
      sceneFunc={sceneFunc}
      hitFunc={hitFunc}
      onPointerDown={onPointerDown}
      perfectDrawEnabled={false}
    />
  );
});
