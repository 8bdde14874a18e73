import { snapResize, type BoardRect, type ResizingEdges } from '@werkplaats/shared';
import type Konva from 'konva';
import type { CommandContext } from '../commands/types';
import { MAX_PREVIEW_BOXES } from '../sync/drag-presence';
import { snapOptions, snappingDisabled, snapTargets, type GuideStore } from './snapping';

/** The transformer's box, in stage (screen) coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
}

/** The edges each transformer handle drags. */
const HANDLE_EDGES: Record<string, ResizingEdges> = {
  'top-left': { x: 'start', y: 'start' },
  'top-center': { y: 'start' },
  'top-right': { x: 'end', y: 'start' },
  'middle-left': { x: 'start' },
  'middle-right': { x: 'end' },
  'bottom-left': { x: 'start', y: 'end' },
  'bottom-center': { y: 'end' },
  'bottom-right': { x: 'end', y: 'end' },
};

/**
 * One resize or turn of the selection: snaps the edges the handle drags to other items' edges and
 * centres (not while turned, where edges do not line up with the axes), and shares the boxes by
 * awareness so others see the resize as it happens.
 */
export class TransformSnap {
  private readonly targets: BoardRect[];
  private free = false;

  constructor(
    private readonly context: CommandContext,
    private readonly guides: GuideStore,
    private readonly minSize: number,
  ) {
    const { session, store } = context;
    this.targets = snapTargets(session.index, store, new Set(store.getState().selectedIds));
  }

  snap(box: Box, handle: string | null): Box {
    const edges = handle ? HANDLE_EDGES[handle] : undefined;
    if (this.free || !edges || Math.abs(box.rotation) > 1e-3) {
      this.guides.set([]);
      return box;
    }
    const { x: vx, y: vy, scale } = this.context.store.getState().viewport;
    const rect = {
      x: (box.x - vx) / scale,
      y: (box.y - vy) / scale,
      w: box.width / scale,
      h: box.height / scale,
    };
    const snapped = snapResize(rect, edges, this.targets, {
      ...snapOptions(this.context.store),
      minSize: this.minSize,
    });
    this.guides.set(snapped.guides);
    const { x, y, w, h } = snapped.rect;
    return { ...box, x: x * scale + vx, y: y * scale + vy, width: w * scale, height: h * scale };
  }

  /** The handles moved: the modifier keys decide the next snap; others see the new boxes. */
  moved(nodes: readonly Konva.Node[], event: Event): void {
    if ('altKey' in event) this.free = snappingDisabled(event as MouseEvent);
    this.context.session.drags.send({
      kind: 'transform',
      boxes: nodes.slice(0, MAX_PREVIEW_BOXES).map((node) => ({
        id: node.id(),
        x: node.x(),
        y: node.y(),
        scaleX: node.scaleX(),
        scaleY: node.scaleY(),
        rotation: node.rotation(),
      })),
    });
  }

  finish(): void {
    this.guides.set([]);
    this.context.session.drags.end();
  }
}
