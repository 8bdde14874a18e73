import { resolveConnector, type BoxLookup } from '@werkplaats/shared';
import type Konva from 'konva';
import { Group } from 'konva/lib/Group';
import { Arrow } from 'konva/lib/shapes/Arrow';
import type { ItemsIndex } from '../sync/items-index';

interface Follower {
  id: string;
  line: Arrow;
}

/**
 * Keeps the drawn connectors of items that move on the canvas only (a drag in progress, here or
 * someone else's) attached to them, by redrawing their lines from the moved boxes. Only connectors
 * drawn now are found: the others are redrawn by the document once the drop arrives.
 */
export class ConnectorFollow {
  private readonly followers: Follower[] = [];

  constructor(
    private readonly index: ItemsIndex,
    stage: Konva.Stage,
    moving: ReadonlySet<string>,
  ) {
    for (const layer of stage.getLayers()) {
      for (const node of layer.getChildren()) {
        const id = node.id();
        if (!id || moving.has(id)) continue;
        const item = index.getItem(id);
        if (item?.type !== 'connector') continue;
        const joins = [item.start, item.end].some((end) => end.kind === 'item' && moving.has(end.itemId));
        const line = node instanceof Group ? node.findOne('Arrow') : undefined;
        if (joins && line instanceof Arrow) this.followers.push({ id, line });
      }
    }
  }

  /** Redraws the lines with `boxOf` giving where the moving items are drawn now. */
  update(boxOf: BoxLookup): void {
    for (const { id, line } of this.followers) {
      const connector = this.index.getItem(id);
      if (connector?.type !== 'connector') continue;
      const lookup: BoxLookup = (id) => boxOf(id) ?? this.index.getItem(id);
      const { start, end } = resolveConnector(connector, lookup);
      line.points([start.x - connector.x, start.y - connector.y, end.x - connector.x, end.y - connector.y]);
    }
  }

  /** The drag is over: lines follow the document again. */
  reset(): void {
    this.update(() => undefined);
  }
}
