import type { Item } from '@werkplaats/shared';
import type Konva from 'konva';
import type { ItemsIndex } from '../sync/items-index';

/** The largest bitmap (in device pixels) a dragged item is cached in: 2,048 × 2,048. */
const MAX_CACHE_PIXELS = 2_048 * 2_048;

interface Lifted {
  node: Konva.Node;
  /** Its place among the items layer's children, given back at the drop. */
  index: number;
}

/** What a drag lifts: the moving items, and every connector among or attached to them. */
export interface LiftIds {
  /** Only moved, never redrawn inside: each is drawn once into a bitmap for the drag. */
  moving: ReadonlySet<string>;
  /** Re-routed as their ends move, so drawn afresh on every frame. */
  connectors: ReadonlySet<string>;
}

export function liftedIds(index: ItemsIndex, moving: Iterable<string>): LiftIds {
  const ids = new Set(moving);
  const attachedTo = (end: Extract<Item, { type: 'connector' }>['start']) =>
    end.kind === 'item' && ids.has(end.itemId);
  const connectors = new Set<string>();
  for (const id of index.getOrder()) {
    const item = index.getItem(id);
    if (item?.type !== 'connector') continue;
    if (ids.has(id) || attachedTo(item.start) || attachedTo(item.end)) connectors.add(id);
  }
  for (const id of connectors) ids.delete(id);
  return { moving: ids, connectors };
}

/**
 * While items are dragged, their nodes sit in a layer of their own, so each frame of the drag redraws
 * those few nodes instead of the whole board under them. The nodes keep their React fibers: Konva's
 * `moveTo` re-parents without ending the drag, and React-Konva updates a node wherever it is. At the
 * drop they go back to their places in the items layer.
 */
export class DragLift {
  private items: Konva.Layer | null = null;
  private drag: Konva.Layer | null = null;
  private lifted: Lifted[] = [];

  setItemsLayer(layer: Konva.Layer | null): void {
    this.items = layer;
  }

  setDragLayer(layer: Konva.Layer | null): void {
    if (!layer && this.drag) this.lower();
    this.drag = layer;
  }

  /** Whether the drag layer is there to lift into (it mounts once React has seen the drag start). */
  get ready(): boolean {
    return this.items !== null && this.drag !== null;
  }

  /**
   * Moves the nodes of `ids` to the drag layer; no-op without both layers or while lifted. Moving
   * items are cached as bitmaps at the current zoom (their shadows and text are the costly part of a
   * frame); a text edit arriving mid-drag shows at the drop, when the cache goes.
   */
  lift({ moving, connectors }: LiftIds): void {
    const { items, drag } = this;
    if (!items || !drag || this.lifted.length > 0) return;
    items.getChildren().forEach((node, index) => {
      if (moving.has(node.id()) || connectors.has(node.id())) this.lifted.push({ node, index });
    });
    if (this.lifted.length === 0) return;
    const pixelRatio = items.getAbsoluteScale().x * window.devicePixelRatio;
    for (const { node } of this.lifted) {
      node.moveTo(drag);
      if (!moving.has(node.id())) continue;
      // A big frame zoomed in would need a huge bitmap; it is drawn as it is instead.
      const { width, height } = node.getClientRect({ skipTransform: true });
      if (width * height * pixelRatio ** 2 <= MAX_CACHE_PIXELS) node.cache({ pixelRatio });
    }
    items.batchDraw();
    drag.batchDraw();
  }

  /**
   * Puts the nodes back where they were, in ascending order so each lands among the same neighbours.
   * Drawn at once: the next pointer event must find them on the items layer's hit canvas.
   */
  lower(): void {
    const { items, drag, lifted } = this;
    this.lifted = [];
    if (!items || lifted.length === 0) return;
    for (const { node, index } of lifted) {
      // React removed it (the item was deleted) or already put it back (the order changed) meanwhile.
      if (!drag || node.getParent() !== drag) continue;
      node.clearCache();
      node.moveTo(items);
      node.zIndex(Math.min(index, items.getChildren().length - 1));
    }
    items.draw();
    drag?.batchDraw();
  }
}
