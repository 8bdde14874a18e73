import type { Item } from '@werkplaats/shared';
import type { KonvaEventObject } from 'konva/lib/Node';
import type { ComponentProps } from 'react';
import type { Group } from 'react-konva';
import { useBoardStore } from '../store/board-store';
import type { ItemGestures } from './item-gestures';

/** What every item node gets from ItemsLayer. */
export interface NodeProps {
  id: string;
  gestures: ItemGestures;
  readOnly: boolean;
}

/** Whether items can be dragged right now: only with the select tool, and not while panning. */
export function useCanDrag(readOnly: boolean): boolean {
  return useBoardStore((state) => !readOnly && state.tool === 'select' && !state.spaceHeld);
}

/**
 * The props every item's root group shares: its id (the transformer finds nodes by it), placement,
 * and the gestures. Locked items never drag.
 */
export function itemGroupProps(
  item: Item,
  gestures: ItemGestures,
  canDrag: boolean,
): ComponentProps<typeof Group> {
  const { id } = item;
  return {
    id,
    x: item.x,
    y: item.y,
    rotation: item.rotation,
    draggable: canDrag && !item.locked,
    onPointerDown: (event: KonvaEventObject<PointerEvent>) => gestures.pointerDown(id, event.evt),
    onClick: (event: KonvaEventObject<MouseEvent>) => gestures.click(id, event.evt),
    onDblClick: () => gestures.doubleClick(id),
    onDblTap: () => gestures.doubleClick(id),
    onDragStart: (event) => gestures.dragStart(id, event.target),
    onDragMove: (event) => gestures.dragMove(id, event.target, event.evt),
    onDragEnd: () => gestures.dragEnd(id),
  };
}
