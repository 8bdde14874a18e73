import { shallow } from 'zustand/shallow';
import { withFrameContents } from '../commands/frame-contents';
import { intersects, type Rect } from '../lib/geometry';
import { Emitter } from '../lib/emitter';
import type { BoardState, BoardStore } from '../store/board-store';
import { previewedIds, type DragPresence } from '../sync/drag-presence';
import type { ItemsIndex } from '../sync/items-index';
import { attachedIds, isOverview, keepsNode } from './overview';
import { visibleBoardRect } from './viewport';

/** Items this far (in screen pixels) outside the window are still drawn, so panning shows no gaps. */
const CULL_MARGIN = 400;

/** The ids to draw, in paint order: those touching `view`, plus `pinned` ones wherever they are. */
export function cullIds(
  order: readonly string[],
  rectOf: (id: string) => Rect | undefined,
  view: Rect,
  pinned: ReadonlySet<string>,
): string[] {
  return order.filter((id) => {
    if (pinned.has(id)) return true;
    const rect = rectOf(id);
    return rect !== undefined && intersects(rect, view);
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** What to draw near the window: items with a node each, and items the overview paints (both in paint order). */
export interface DrawnItems {
  nodes: readonly string[];
  painted: readonly string[];
}

const inputs = (state: BoardState) => [state.viewport, state.stageSize, state.selectedIds, state.editingId];

/**
 * The ids of the items worth drawing, as an external store: it recomputes on every pan, zoom and item
 * move, but hands React a new snapshot only when the sets actually change. Selected and edited items
 * are always drawn as nodes, so a drag or an open editor survives scrolling them out of view. In the
 * overview (zoomed out, see `overview.ts`) most items are painted rather than given a node; selected and
 * edited ones, those others are dragging, and the connectors attached to them keep their nodes, so
 * they can be dragged and edited here and their moves elsewhere previewed smoothly.
 */
export class VisibleItems {
  private snapshot: DrawnItems | null = null;
  private readonly changed = new Emitter();
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly index: ItemsIndex,
    private readonly store: BoardStore,
    private readonly drags: DragPresence,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    const unsubscribe = this.changed.subscribe(listener);
    if (!this.stopListening) {
      const offIndex = this.index.layoutChanged.subscribe(this.refresh);
      const offStore = this.store.subscribe(inputs, this.refresh, { equalityFn: shallow });
      const offDrags = this.drags.changed.subscribe(this.refresh);
      this.stopListening = () => {
        offIndex();
        offStore();
        offDrags();
      };
      this.refresh();
    }
    return () => {
      unsubscribe();
      if (this.changed.size === 0) {
        this.stopListening?.();
        this.stopListening = null;
      }
    };
  };

  readonly getSnapshot = (): DrawnItems => {
    this.snapshot ??= this.compute();
    return this.snapshot;
  };

  private compute(): DrawnItems {
    const { viewport, stageSize, selectedIds, editingId } = this.store.getState();
    const order = this.index.getOrder();
    const overview = isOverview(viewport.scale);
    // A frame carries what lies in it when it moves; painted, its contents could not follow the drag.
    const pinned = overview ? withFrameContents(this.index, selectedIds) : new Set(selectedIds);
    if (editingId) pinned.add(editingId);
    // Other people's drags are previewed by moving nodes (see `RemoteDragPreviews`).
    if (overview) for (const id of previewedIds(this.drags.getRemote().values())) pinned.add(id);
    // A connector's stored box goes stale as the items it joins move (it is never rewritten for
    // that), so connectors are always drawn rather than culled by it: as nodes, or in the overview
    // painted from their ends (as nodes when they follow an item that has one).
    const connectors: string[] = [];
    for (const id of this.index.idsOfType('connector')) {
      const item = this.index.getItem(id);
      if (item?.type !== 'connector') continue;
      if (!overview || pinned.has(id) || attachedIds(item).some((end) => pinned.has(end))) pinned.add(id);
      else connectors.push(id);
    }
    const view = visibleBoardRect(viewport, stageSize, CULL_MARGIN);
    const near = cullIds(order, (id) => this.index.rectOf(id), view, pinned);
    if (!overview) return { nodes: near, painted: [] };
    const painted = new Set(connectors);
    const nodes: string[] = [];
    for (const id of near) {
      const item = this.index.getItem(id);
      if (!item) continue;
      if (pinned.has(id) || keepsNode(item, viewport.scale)) nodes.push(id);
      else painted.add(id);
    }
    return { nodes, painted: order.filter((id) => painted.has(id)) };
  }

  private readonly refresh = (): void => {
    const next = this.compute();
    const current = this.snapshot;
    if (current && sameIds(next.nodes, current.nodes) && sameIds(next.painted, current.painted)) return;
    this.snapshot = next;
    this.changed.emit();
  };
}
