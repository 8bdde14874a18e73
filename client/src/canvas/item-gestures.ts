import { bringToFront, updateItems, type Item, type ItemPatch } from '@werkplaats/shared';
import Konva from './konva';
import { narrowSelection, selectWithGroups } from '../commands/group-actions';
import { isEditable } from '../commands/item-actions';
import type { CommandContext } from '../commands/types';
import { clicksVote, isVotable, placeDot, removeDot } from '../facilitation/vote-actions';
import { DragLift, liftedIds } from './drag-lift';
import { MoveDrag } from './move-drag';
import { GuideStore, snappingDisabled } from './snapping';
import { textBlockHeight } from './text-block';
import { TransformSnap, type Box } from './transform-snap';

/** Items cannot be resized below this, in board units; notes keep room for a few words. */
export const MIN_ITEM_SIZE = 16;
const MIN_STICKY_SIZE = 80;

/**
 * What pressing, clicking, dragging and resizing items does. One instance per board view, shared by
 * every item node, so the nodes stay thin.
 *
 * A move or resize changes only the canvas while the pointer is down, snapping to other items (Alt or
 * Cmd/Ctrl places freely), and reaches others as an awareness preview at ~30 Hz; the document gets the
 * result once, at the drop, as one undo step (see `MoveDrag`).
 */
export class ItemGestures {
  private drag: MoveDrag | null = null;
  /** Whether this drag's nodes are on the drag layer yet (see `dragMove`). */
  private lifted = false;
  private transform: TransformSnap | null = null;
  /** Snap guides to draw while a move or resize lines up with other items. */
  readonly guides = new GuideStore();
  /** Moves what is dragged to a layer of its own for the length of the drag (set up by the layers). */
  readonly lift = new DragLift();
  /** The last click on an item the zoomed-out overview painted, when it came. */
  private paintedClick: { id: string; at: number } | null = null;

  constructor(private readonly context: CommandContext) {}

  dispose(): void {
    this.context.session.drags.end();
  }

  /** A press selects the item, or its whole group unless the group was entered by a double click. */
  pointerDown(id: string, event: PointerEvent): void {
    const state = this.context.store.getState();
    if (state.tool !== 'select' || state.spaceHeld || event.button !== 0) return;
    selectWithGroups(this.context, id, event.shiftKey);
  }

  /**
   * A plain click on one note of a multi-selection narrows the selection to that note (or its group,
   * unless the group was entered). While a vote is open, a click on an item in it places a dot.
   */
  click(id: string, event: MouseEvent): void {
    this.handleClick(id, event);
    // The first click gave the painted item a node; the second landed on that node, which Konva does
    // not count as a double click.
    if (this.completesPaintedDoubleClick(id, event)) this.doubleClick(id);
  }

  /**
   * A click on an item the zoomed-out overview painted (see `OverviewSketch`). Its double click is
   * ours to see: the two clicks land on the overview's one shape, or the second on the node the first
   * gave the item.
   */
  clickPainted(id: string, event: MouseEvent): void {
    this.handleClick(id, event);
    if (this.completesPaintedDoubleClick(id, event)) this.doubleClick(id);
    else this.paintedClick = { id, at: event.timeStamp };
  }

  private completesPaintedDoubleClick(id: string, event: MouseEvent): boolean {
    const first = this.paintedClick;
    this.paintedClick = null;
    return first?.id === id && event.timeStamp - first.at <= Konva.dblClickWindow;
  }

  private handleClick(id: string, event: MouseEvent): void {
    const state = this.context.store.getState();
    if (state.tool === 'select' && clicksVote(this.context) && isVotable(this.context, id)) {
      placeDot(this.context, id);
      return;
    }
    if (event.shiftKey || state.tool !== 'select' || state.selectedIds.length < 2) return;
    if (state.selectedIds.includes(id)) narrowSelection(this.context, id);
  }

  /** A click on one of this person's dots takes it back. */
  readonly removeDot = (id: string): void => removeDot(this.context, id);

  /** Enters an item's group (selecting that item alone) or, inside it or without one, edits it. */
  doubleClick(id: string): void {
    const { session, store } = this.context;
    // While voting, the second click of a double click is a dot of its own, not a request to edit.
    if (store.getState().tool !== 'select' || clicksVote(this.context)) return;
    const item = session.index.getItem(id);
    if (item?.groupId && store.getState().enteredGroupId !== item.groupId) {
      store.getState().enterGroup(item.groupId, id);
      return;
    }
    if (!session.readOnly && isEditable(item)) store.getState().startEditing(id);
  }

  dragStart(id: string, node: Konva.Node): void {
    // The transformer drags the other selected nodes along, and they report drag starts of their
    // own; the first one pressed leads the whole group.
    if (this.drag) return;
    const { session, store } = this.context;
    // Shift-clicking a selected note deselects it; dragging it anyway moves that note (or group) alone.
    if (!store.getState().selectedIds.includes(id)) selectWithGroups(this.context, id, false);
    const ids = store.getState().selectedIds;
    session.undo.endStep();
    this.raise(ids);
    this.drag = new MoveDrag(this.context, id, node, ids, this.guides);
    this.lifted = false;
    store.getState().setGesture('dragging');
  }

  dragMove(id: string, node: Konva.Node, event: MouseEvent | PointerEvent | TouchEvent): void {
    if (!this.drag?.carries(id)) return;
    // Lifted at the first move after React has committed the drag's start: the drag layer is mounted
    // and the raised items are restacked by then. Konva fires the very first move in the same event as
    // the start, so that one is too early.
    if (!this.lifted && this.lift.ready) {
      this.lifted = true;
      this.lift.lift(liftedIds(this.context.session.index, this.drag.movingIds()));
    }
    this.drag.move(id, node, 'altKey' in event && snappingDisabled(event));
  }

  dragEnd(id: string): void {
    if (this.drag?.anchorId !== id) return;
    this.drag.finish();
    this.drag = null;
    this.lift.lower();
    this.context.session.undo.endStep();
    this.context.store.getState().setGesture('idle');
  }

  transformStart(): void {
    this.context.session.undo.endStep();
    this.transform = new TransformSnap(this.context, this.guides, MIN_ITEM_SIZE);
    this.context.store.getState().setGesture('transforming');
  }

  /**
   * The transformer's box while a handle moves (stage coordinates): kept above the minimum size, and
   * its dragged edges snapped to other items unless Alt or Cmd/Ctrl is held.
   */
  boundBox(oldBox: Box, newBox: Box, handle: string | null): Box {
    const scale = this.context.store.getState().viewport.scale;
    if (newBox.width < MIN_ITEM_SIZE * scale || newBox.height < MIN_ITEM_SIZE * scale) return oldBox;
    return this.transform?.snap(newBox, handle) ?? newBox;
  }

  /** The handles moved: others see the new boxes by awareness. */
  transformMove(nodes: Konva.Node[], event: Event): void {
    this.transform?.moved(nodes, event);
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
    this.transform?.finish();
    this.transform = null;
    updateItems(session.doc, patches, session.origin);
    session.undo.endStep();
    store.getState().setGesture('idle');
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
