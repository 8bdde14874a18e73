import {
  createItem,
  frameDefinition,
  pointsBounds,
  shapeDefinition,
  simplifyPoints,
  spanRect,
  type BoardPoint,
  type BoardRect,
  type Endpoint,
} from '@werkplaats/shared';
import type { CommandContext } from './types';

/** Boxes drawn smaller than this are taken as a slip and get their default size instead. */
const MIN_DRAWN_SIZE = 24;
/** How far (in screen pixels) a simplified stroke may stray from what was drawn: invisible at any zoom. */
const PEN_TOLERANCE = 0.8;

function finishCreate({ session, store }: CommandContext, id: string, edit: boolean): void {
  session.undo.endStep();
  if (edit) store.getState().startEditing(id);
  else store.getState().select([id]);
}

/** Starts a text block with its top-left line at `point` and opens its editor. */
export function placeText(context: CommandContext, point: BoardPoint): void {
  const { session } = context;
  if (session.readOnly) return;
  const item = createItem(
    session.doc,
    { type: 'text', x: Math.round(point.x), y: Math.round(point.y - 20) },
    session.author,
    session.origin,
  );
  finishCreate(context, item.id, true);
}

/**
 * Creates a shape or frame: at the drawn rectangle, or at its default size centred on a point. Shapes
 * open their label editor; frames are selected, ready to be named.
 */
export function placeBox(context: CommandContext, kind: 'shape' | 'frame', at: BoardRect | BoardPoint): void {
  const { session, store } = context;
  if (session.readOnly) return;
  const defaults = kind === 'shape' ? shapeDefinition.defaults : frameDefinition.defaults;
  const drawn = 'w' in at && at.w >= MIN_DRAWN_SIZE && at.h >= MIN_DRAWN_SIZE;
  const w = drawn ? at.w : defaults.w!;
  const h = drawn ? at.h : defaults.h!;
  const x = Math.round(drawn ? at.x : at.x - w / 2);
  const y = Math.round(drawn ? at.y : at.y - h / 2);
  const box = { x, y, w: Math.round(w), h: Math.round(h) };
  const item =
    kind === 'shape'
      ? createItem(
          session.doc,
          { type: 'shape', ...box, kind: store.getState().shapeKind },
          session.author,
          session.origin,
        )
      : createItem(session.doc, { type: 'frame', ...box }, session.author, session.origin);
  finishCreate(context, item.id, kind === 'shape');
}

/** Writes a finished pen stroke (board coordinates, flat) as one simplified item. */
export function createPenStroke({ session, store }: CommandContext, points: readonly number[]): void {
  if (session.readOnly) return;
  const simplified = simplifyPoints(points, PEN_TOLERANCE / store.getState().viewport.scale);
  const bounds = pointsBounds(simplified);
  if (!bounds) return;
  // A dot (a click without moving) still needs two points to draw as a round cap.
  const relative = simplified.map((value, i) => value - (i % 2 === 0 ? bounds.x : bounds.y));
  if (relative.length === 2) relative.push(relative[0]!, relative[1]!);
  createItem(
    session.doc,
    {
      type: 'pen',
      x: bounds.x,
      y: bounds.y,
      w: Math.max(1, bounds.w),
      h: Math.max(1, bounds.h),
      points: relative,
    },
    session.author,
    session.origin,
  );
  session.undo.endStep();
}

/**
 * Creates a connector between two ends, each an attachment or a free board point. Its box spans the
 * ends as they are now, and free ends are stored relative to it.
 */
export function createConnector(
  context: CommandContext,
  from: Endpoint | BoardPoint,
  to: Endpoint | BoardPoint,
): void {
  const { session } = context;
  if (session.readOnly) return;
  const pointOf = (end: Endpoint | BoardPoint): BoardPoint => {
    if (!('kind' in end)) return end;
    const rect = end.kind === 'item' ? session.index.rectOf(end.itemId) : undefined;
    return rect ? { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 } : { x: 0, y: 0 };
  };
  const box = spanRect(pointOf(from), pointOf(to));
  const endpoint = (end: Endpoint | BoardPoint): Endpoint =>
    'kind' in end ? end : { kind: 'point', x: end.x - box.x, y: end.y - box.y };
  const item = createItem(
    session.doc,
    { type: 'connector', ...box, start: endpoint(from), end: endpoint(to) },
    session.author,
    session.origin,
  );
  finishCreate(context, item.id, false);
}
