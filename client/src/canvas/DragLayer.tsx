import type Konva from 'konva';
import { useCallback } from 'react';
import { Layer } from './konva';
import { useBoardStore } from '../store/board-store';
import type { DragLift } from './drag-lift';

/**
 * The layer that holds dragged items for the length of a drag (see `DragLift`). It exists only while
 * something is dragged: an idle board pays for no extra canvas. Pointer events during a drag go to
 * the drag itself, so it needs no hit canvas.
 */
export function DragLayer({ lift }: { lift: DragLift }) {
  const dragging = useBoardStore((state) => state.gesture === 'dragging');
  const ref = useCallback((layer: Konva.Layer | null) => lift.setDragLayer(layer), [lift]);
  return dragging ? <Layer ref={ref} listening={false} /> : null;
}
