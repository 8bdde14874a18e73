import type { Anchor, ConnectorItem, Endpoint } from '../schema/connector.js';
import { itemBounds, type BoardPoint, type BoardRect, type ItemBox } from './bounds.js';

/** The point of `rect` an anchor names. `auto` takes the side midpoint nearest `toward`. */
export function anchorPoint(rect: BoardRect, anchor: Anchor, toward: BoardPoint): BoardPoint {
  const cx = rect.x + rect.w / 2;
  const cy = rect.y + rect.h / 2;
  const sides: Record<Exclude<Anchor, 'auto' | 'center'>, BoardPoint> = {
    top: { x: cx, y: rect.y },
    right: { x: rect.x + rect.w, y: cy },
    bottom: { x: cx, y: rect.y + rect.h },
    left: { x: rect.x, y: cy },
  };
  if (anchor === 'center') return { x: cx, y: cy };
  if (anchor !== 'auto') return sides[anchor];
  // Compare the direction to the target against the box's own proportions, so a wide box sends
  // lines out of its long sides only when the target really is above or below it.
  const dx = (toward.x - cx) / Math.max(rect.w, 1);
  const dy = (toward.y - cy) / Math.max(rect.h, 1);
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? sides.right : sides.left;
  return dy >= 0 ? sides.bottom : sides.top;
}

/** Looks up the current geometry of an item a connector is attached to. */
export type BoxLookup = (id: string) => ItemBox | undefined;

/** The centre of an endpoint before anchors are chosen: a free point, or the attached item's centre. */
function roughPoint(endpoint: Endpoint, origin: BoardPoint, lookup: BoxLookup): BoardPoint | undefined {
  if (endpoint.kind === 'point') return { x: origin.x + endpoint.x, y: origin.y + endpoint.y };
  const box = lookup(endpoint.itemId);
  if (!box) return undefined;
  const rect = itemBounds(box);
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
}

function resolveEnd(endpoint: Endpoint, rough: BoardPoint, other: BoardPoint, lookup: BoxLookup): BoardPoint {
  if (endpoint.kind === 'point') return rough;
  const box = lookup(endpoint.itemId);
  return box ? anchorPoint(itemBounds(box), endpoint.anchor, other) : rough;
}

/**
 * Where a connector's line runs now, in board coordinates. Attached ends follow their items' current
 * geometry; an end whose item is gone (deleted, or not yet synced) falls back to the connector's own
 * box corner, so the line stays visible and selectable instead of vanishing.
 */
export function resolveConnector(
  connector: Pick<ConnectorItem, 'x' | 'y' | 'w' | 'h' | 'start' | 'end'>,
  lookup: BoxLookup,
): { start: BoardPoint; end: BoardPoint } {
  const origin = { x: connector.x, y: connector.y };
  const startRough = roughPoint(connector.start, origin, lookup) ?? origin;
  const endRough = roughPoint(connector.end, origin, lookup) ?? {
    x: connector.x + connector.w,
    y: connector.y + connector.h,
  };
  return {
    start: resolveEnd(connector.start, startRough, endRough, lookup),
    end: resolveEnd(connector.end, endRough, startRough, lookup),
  };
}

/** The rectangle spanned by two points, at least 1×1 so it is a valid item box. */
export function spanRect(a: BoardPoint, b: BoardPoint): BoardRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(1, Math.abs(a.x - b.x)), h: Math.max(1, Math.abs(a.y - b.y)) };
}
