import { bringToFront, moveItems, updateItems, type Item, type ItemPatch } from '@werkplaats/shared';
import type Konva from 'konva';
import { withFrameContents } from '../commands/frame-contents';
import { isEditable } from '../commands/item-actions';
import type { CommandContext } from '../commands/types';
import { clicksVote, isVotable, placeDot, removeDot } from '../facilitation/vote-actions';
import type { Point } from '../lib/geometry';
import { frameThrottle } from '../lib/throttle';
import { DragLift, liftedIds } from './drag-lift';
import { textBlockHeight } from './text-block';

/** Items cannot be resized below this, in board units; notes keep room for a few words. */
export const MIN_ITEM_SIZE = 16;
const MIN_STICKY_SIZE = 80;

interface Drag {
  anchorId: string;
  anchorStart: Point;
  starts: Map<string, Point>;
  /**
   * Lifted to the drag layer at the first move after React has committed the drag's start: the drag
   * layer is mounted and the raised items are restacked by then. Konva fires the very first move in
   * the same event as the start, so that one is too early.
   */
  lifted: boolean;
}

/**
 * What pressing, clicking, dragging and resizing items does. One instance per board view, shared by
 * every item node, so the nodes stay thin.
 *
 * Dragging writes positions to the document, for the whole selection, at most once per animation
 * frame (one transaction each). Others therefore see a drag live and smoothly, and the item keeps its
 * place if the connection drops mid-drag. Awareness-only previews would save document history but add
 * a second source of positions to reconcile; at workshop scale the frames are cheap, and the undo
 * manager folds a continuous drag into one step.
 */
export class ItemGestures {
  private drag: Drag | null = null;
  private readonly writeDrag = frameThrottle((position: Point) => this.applyDrag(position));
  /** Moves what is dragged to a layer of its own for the length of the drag (set up by the layers). */
  readonly lift = new DragLift();

  constructor(private readonly context: CommandContext) {}

  dispose(): void {
    this.writeDrag.cancel();
  }

  pointerDown(id: string, event: PointerEvent): void {
    const state = this.context.store.getState();
    if (state.tool !== 'select' || state.spaceHeld || event.button !== 0) return;
    if (event.shiftKey) state.toggleSelected(id);
    else if (!state.selectedIds.includes(id)) state.select([id]);
  }

  /**
   * A plain click on one note of a multi-selection narrows the selection to that note. While a vote
   * is open, a click on an item in it places a dot.
   */
  click(id: string, event: MouseEvent): void {
    const state = this.context.store.getState();
    if (state.tool === 'select' && clicksVote(this.context) && isVotable(this.context, id)) {
      placeDot(this.context, id);
      return;
    }
    if (event.shiftKey || state.tool !== 'select' || state.selectedIds.length < 2) return;
    if (state.selectedIds.includes(id)) state.select([id]);
  }

  /** A click on one of this person's dots takes it back. */
  readonly removeDot = (id: string): void => removeDot(this.context, id);

  doubleClick(id: string): void {
    const { session, store } = this.context;
    // While voting, the second click of a double click is a dot of its own, not a request to edit.
    if (session.readOnly || store.getState().tool !== 'select' || clicksVote(this.context)) return;
    if (isEditable(session.index.getItem(id))) store.getState().startEditing(id);
  }

  dragStart(id: string, node: Konva.Node): void {
    // The transformer drags the other selected nodes along, and they report drag starts of their
    // own; the first one pressed leads the whole group.
    if (this.drag) return;
    const { session, store } = this.context;
    // Shift-clicking a selected note deselects it; dragging it anyway moves that note alone.
    if (!store.getState().selectedIds.includes(id)) store.getState().select([id]);
    const ids = store.getState().selectedIds;
    const starts = new Map<string, Point>();
    for (const moving of withFrameContents(session.index, ids)) {
      const rect = session.index.rectOf(moving);
      if (rect) starts.set(moving, { x: rect.x, y: rect.y });
    }
    this.drag = {
      anchorId: id,
      anchorStart: starts.get(id) ?? { x: node.x(), y: node.y() },
      starts,
      lifted: false,
    };
    session.undo.endStep();
    this.raise(ids);
    store.getState().setGesture('dragging');
  }

  dragMove(id: string, node: Konva.Node): void {
    const drag = this.drag;
    if (drag?.anchorId !== id) return;
    if (!drag.lifted && this.lift.ready) {
      drag.lifted = true;
      this.lift.lift(liftedIds(this.context.session.index, drag.starts.keys()));
    }
    this.writeDrag({ x: node.x(), y: node.y() });
  }

  dragEnd(id: string, node: Konva.Node): void {
    if (this.drag?.anchorId !== id) return;
    this.writeDrag({ x: node.x(), y: node.y() });
    this.writeDrag.flush();
    this.drag = null;
    this.lift.lower();
    this.context.session.undo.endStep();
    this.context.store.getState().setGesture('idle');
  }

  transformStart(): void {
    this.context.session.undo.endStep();
    this.context.store.getState().setGesture('transforming');
  }

  /**
   * The transformer scales and turns nodes while the handles move; at release the scale becomes the
   * item's new size (a pen stroke's points scale instead) and the node is reset to scale 1, so text is
   * laid out afresh instead of stretched.
   */
  transformEnd(nodes: Konva.Node[]): void {
    const { session, store } = this.context;
    const patches: { id: string; patch: ItemPatch }[] = [];
    for (const node of nodes) {
      const item = session.index.getItem(node.id());
      if (!item) continue;
      const patch = resizePatch(item, node.scaleX(), node.scaleY());
      node.scale({ x: 1, y: 1 });
      patches.push({
        id: item.id,
        patch: { ...patch, x: node.x(), y: node.y(), rotation: normalise(node.rotation()) },
      });
    }
    updateItems(session.doc, patches, session.origin);
    session.undo.endStep();
    store.getState().setGesture('idle');
  }

  private applyDrag(position: Point): void {
    const drag = this.drag;
    if (!drag) return;
    const dx = position.x - drag.anchorStart.x;
    const dy = position.y - drag.anchorStart.y;
    const moves = [...drag.starts].map(([id, start]) => ({ id, x: start.x + dx, y: start.y + dy }));
    moveItems(this.context.session.doc, moves, this.context.session.origin);
  }

  /** Lifts what is picked up above the rest, unless it is on top already. */
  private raise(ids: readonly string[]): void {
    const { session } = this.context;
    const order = session.index.getOrder();
    const top = new Set(order.slice(order.length - ids.length));
    if (ids.every((id) => top.has(id))) return;
    bringToFront(session.doc, [...ids], session.origin);
  }
}

/** Degrees in (-180, 180], so repeated turns do not grow the stored number without bound. */
function normalise(degrees: number): number {
  const turned = ((degrees % 360) + 360) % 360;
  return Math.round((turned > 180 ? turned - 360 : turned) * 100) / 100;
}

/** The size fields an item gets from a transformer scale. */
function resizePatch(item: Item, scaleX: number, scaleY: number): ItemPatch {
  const min = item.type === 'sticky' ? MIN_STICKY_SIZE : MIN_ITEM_SIZE;
  const w = Math.max(min, Math.round(item.w * scaleX));
  const h = Math.max(min, Math.round(item.h * scaleY));
  // A text block rewraps at its new width and takes the height its lines need.
  if (item.type === 'text') return { w, h: textBlockHeight({ ...item, w }) };
  if (item.type !== 'pen') return { w, h };
  const points = item.points.map(
    (value, i) => Math.round(value * (i % 2 === 0 ? scaleX : scaleY) * 100) / 100,
  );
  return { w, h, points };
}
