import { memo, useState, useSyncExternalStore } from 'react';
import { Layer } from 'react-konva';
import { useBoardStore } from '../store/board-store';
import { useSession } from '../sync/session-context';
import type { ItemGestures } from './item-gestures';
import { StickyNode } from './StickyNode';
import { VisibleItems } from './visible-items';

/** The items near the window, in paint order, each keyed by id. */
export const ItemsLayer = memo(function ItemsLayer({ gestures }: { gestures: ItemGestures }) {
  const session = useSession();
  const [visible] = useState(() => new VisibleItems(session.index, useBoardStore));
  const ids = useSyncExternalStore(visible.subscribe, visible.getSnapshot);
  return (
    <Layer>
      {ids.map((id) => (
        <StickyNode key={id} id={id} gestures={gestures} readOnly={session.readOnly} />
      ))}
    </Layer>
  );
});
