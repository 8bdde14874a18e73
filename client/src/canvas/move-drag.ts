import { itemBounds, moveItems, snapMove, type BoardRect } from '@werkplaats/shared';
import type Konva from 'konva';
import { withFrameContents } from '../commands/frame-contents';
import type { CommandContext } from '../commands/types';
import { unionRect, type Point } from '../lib/geometry';
import { MAX_PREVIEW_IDS } from '../sync/drag-presence';
import { ConnectorFollow } from './connector-follow';
import { itemNodesById } from './item-nodes';
import { snapOptions, snapTargets, type GuideStore } from './snapping';

/**
 * One move of the selection (and what lies in the frames among it), from press to drop. While the
 * pointer moves, only the canvas nodes move: the pressed node leads, snapping to other items' edges
 * and centres, and every other moving node is put at the same offset. Others see the drag through
 * awareness at ~30 Hz; the document gets one write at the drop, so history and the wire carry one
 * change per move, not one per frame.
 */
export class MoveDrag {
  private readonly starts = new Map<string, Point>();
  private readonly anchorStart: Point;
  private readonly bounds: BoardRect | undefined;
  private readonly targets: BoardRect[];
  private readonly nodes: Map<string, Konva.Node>;
  private readonly connectors: ConnectorFollow | undefined;
  private offset: Point = { x: 0, y: 0 };

  constructor(
    private readonly context: CommandContext,
    readonly anchorId: string,
    anchor: Konva.Node,
    ids: readonly string[],
    private readonly guides: GuideStore,
  ) {
    const { index } = context.session;
    for (const id of withFrameContents(index, ids)) {
      const item = index.getItem(id);
      if (item && !item.locked) this.starts.set(id, { x: item.x, y: item.y });
    }
    this.anchorStart = this.starts.get(anchorId) ?? { x: anchor.x(), y: anchor.y() };
    // A connector's stored box goes stale as its ends move; it lines up by the items it joins.
    const boxes = [...this.starts.keys()]
      .map((id) => index.getItem(id))
      .filter((item) => item !== undefined && item.type !== 'connector')
      .map((item) => itemBounds(item!));
    this.bounds = unionRect(boxes);
    const moving = new Set(this.starts.keys());
    this.targets = snapTargets(index, context.store, moving);
    const stage = anchor.getStage();
    this.nodes = stage ? itemNodesById(stage, moving) : new Map();
    this.connectors = stage ? new ConnectorFollow(index, stage, moving) : undefined;
  }

  /** Everything this drag moves. */
  movingIds(): Iterable<string> {
    return this.starts.keys();
  }

  /** Whether this drag carries the item (the selection, or something in a frame among it). */
  carries(id: string): boolean {
    return this.starts.has(id);
  }

  /**
   * A node reported a drag move. The pressed one sets the offset for all; the transformer drags the
   * other selected nodes by the pointer too, and they are put back on the shared offset here.
   */
  move(id: string, node: Konva.Node, free: boolean): void {
    if (id !== this.anchorId) {
      this.place(id, node);
      return;
    }
    const raw = { x: node.x() - this.anchorStart.x, y: node.y() - this.anchorStart.y };
    this.offset = raw;
    if (!free && this.bounds) {
      const moved = { ...this.bounds, x: this.bounds.x + raw.x, y: this.bounds.y + raw.y };
      const snapped = snapMove(moved, this.targets, snapOptions(this.context.store));
      this.offset = { x: snapped.rect.x - this.bounds.x, y: snapped.rect.y - this.bounds.y };
      this.guides.set(snapped.guides);
    } else {
      this.guides.set([]);
    }
    for (const [movingId, movingNode] of this.nodes) this.place(movingId, movingNode);
    this.connectors?.update((movingId) => {
      const start = this.starts.get(movingId);
      const item = start && this.context.session.index.getItem(movingId);
      return item ? { ...item, x: start!.x + this.offset.x, y: start!.y + this.offset.y } : undefined;
    });
    this.context.session.drags.send({
      kind: 'move',
      ids: [...this.starts.keys()].slice(0, MAX_PREVIEW_IDS),
      dx: this.offset.x,
      dy: this.offset.y,
    });
  }

  /** The drop: one write of every new position, then the nodes follow what the document holds. */
  finish(): void {
    const { session } = this.context;
    this.guides.set([]);
    session.drags.end();
    const { x: dx, y: dy } = this.offset;
    if (dx !== 0 || dy !== 0) {
      const moves = [...this.starts].map(([id, start]) => ({ id, x: start.x + dx, y: start.y + dy }));
      moveItems(session.doc, moves, session.origin);
    }
    // Someone may have locked or deleted an item meanwhile: its node goes back to where it really is.
    for (const [id, node] of this.nodes) {
      const item = session.index.getItem(id);
      if (item) node.position({ x: item.x, y: item.y });
    }
    this.connectors?.reset();
  }

  private place(id: string, node: Konva.Node): void {
    const start = this.starts.get(id);
    if (start) node.position({ x: start.x + this.offset.x, y: start.y + this.offset.y });
  }
}
