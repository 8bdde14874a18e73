import { shallow } from 'zustand/shallow';
import { intersects, type Rect } from '../lib/geometry';
import { Emitter } from '../lib/emitter';
import type { BoardState, BoardStore } from '../store/board-store';
import type { ItemsIndex } from '../sync/items-index';
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

const inputs = (state: BoardState) => [state.viewport, state.stageSize, state.selectedIds, state.editingId];

/**
 * The ids of the items worth drawing, as an external store: it recomputes on every pan, zoom and item
 * move, but hands React a new array only when the set actually changes. Selected and edited items are
 * always drawn, so a drag or an open editor survives scrolling them out of view.
 */
export class VisibleItems {
  private snapshot: readonly string[] | null = null;
  private readonly changed = new Emitter();
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly index: ItemsIndex,
    private readonly store: BoardStore,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    const unsubscribe = this.changed.subscribe(listener);
    if (!this.stopListening) {
      const offIndex = this.index.layoutChanged.subscribe(this.refresh);
      const offStore = this.store.subscribe(inputs, this.refresh, { equalityFn: shallow });
      this.stopListening = () => {
        offIndex();
        offStore();
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

  readonly getSnapshot = (): readonly string[] => {
    this.snapshot ??= this.compute();
    return this.snapshot;
  };

  private compute(): string[] {
    const { viewport, stageSize, selectedIds, editingId } = this.store.getState();
    const pinned = new Set(selectedIds);
    if (editingId) pinned.add(editingId);
    // A connector's stored box goes stale as the items it joins move (it is never rewritten for
    // that), so connectors are always drawn rather than culled by it.
    for (const id of this.index.getOrder()) {
      if (this.index.getItem(id)?.type === 'connector') pinned.add(id);
    }
    const view = visibleBoardRect(viewport, stageSize, CULL_MARGIN);
    return cullIds(this.index.getOrder(), (id) => this.index.rectOf(id), view, pinned);
  }

  private readonly refresh = (): void => {
    const next = this.compute();
    if (this.snapshot && sameIds(next, this.snapshot)) return;
    this.snapshot = next;
    this.changed.emit();
  };
}
