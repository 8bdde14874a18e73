import {
  GRID_SIZE,
  itemBounds,
  rectsIntersect,
  type BoardRect,
  type SnapGuide,
  type SnapOptions,
} from '@werkplaats/shared';
import { Emitter } from '../lib/emitter';
import type { BoardStore } from '../store/board-store';
import type { ItemsIndex } from '../sync/items-index';
import { visibleBoardRect } from './viewport';

/** How close, in screen pixels, an edge or centre must come to another's to snap to it. */
export const SNAP_DISTANCE_PX = 6;

/** Alt or Cmd/Ctrl held while dragging places freely, as in Miro and Figma. */
export function snappingDisabled(event: { altKey: boolean; metaKey: boolean; ctrlKey: boolean }): boolean {
  return event.altKey || event.metaKey || event.ctrlKey;
}

/** How moves and resizes snap right now: a few pixels at the current zoom, and the grid if it is on. */
export function snapOptions(store: BoardStore): SnapOptions {
  const { viewport, snapToGrid } = store.getState();
  return { tolerance: SNAP_DISTANCE_PX / viewport.scale, ...(snapToGrid ? { grid: GRID_SIZE } : {}) };
}

/**
 * What a drag can snap to: the items on screen that are not moving. Connectors follow their ends and
 * pen strokes are freehand, so neither offers edges worth lining up with. Read once when a drag
 * starts: nothing else moves under the pointer meanwhile that matters for lining up.
 */
export function snapTargets(index: ItemsIndex, store: BoardStore, moving: ReadonlySet<string>): BoardRect[] {
  const { viewport, stageSize } = store.getState();
  const view = visibleBoardRect(viewport, stageSize);
  const targets: BoardRect[] = [];
  for (const id of index.getOrder()) {
    if (moving.has(id)) continue;
    const rect = index.rectOf(id);
    if (!rect || !rectsIntersect(rect, view)) continue;
    const item = index.getItem(id);
    if (!item || item.type === 'connector' || item.type === 'pen') continue;
    targets.push(itemBounds(item));
  }
  return targets;
}

/** The guides to draw right now, as an external store for the guides layer. */
export class GuideStore {
  private guides: readonly SnapGuide[] = [];
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;
  readonly getSnapshot = (): readonly SnapGuide[] => this.guides;

  set(guides: readonly SnapGuide[]): void {
    if (guides.length === 0 && this.guides.length === 0) return;
    this.guides = guides;
    this.changed.emit();
  }
}
