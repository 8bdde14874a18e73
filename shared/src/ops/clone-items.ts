import { newId } from '../ids.js';
import type { Endpoint } from '../schema/connector.js';
import { parseItem, type Item } from '../schema/registry.js';
import type { NewItem } from './create-items.js';

/** Fields a copy must not carry over: it gets its own identity, stacking, author and lock. */
const DROPPED_KEYS = ['id', 'v', 'z', 'createdBy', 'createdAt', 'updatedAt', 'locked', 'parentId'] as const;

/**
 * Copies of `items` ready for `createItems`, shifted by `offset`, each with a new id. Connectors
 * between copied items attach to the copies; an end attached to an item left behind keeps that
 * attachment when `keepsAttachment` says the item is on the target board (a duplicate), and otherwise
 * becomes a free point where the end was (a paste into another board). Records that fail validation,
 * as a foreign or tampered clipboard can hold, are left out rather than failing the whole paste.
 */
export function cloneItems(
  items: readonly unknown[],
  offset: { x: number; y: number },
  keepsAttachment: (id: string) => boolean = () => false,
): NewItem[] {
  const valid: Item[] = [];
  for (const raw of items) {
    if (typeof raw !== 'object' || raw === null) continue;
    const parsed = parseItem(raw as Record<string, unknown>);
    if (parsed.ok) valid.push(parsed.item);
  }
  const ids = new Map(valid.map((item) => [item.id, newId()]));
  // Copies of a group form a group of their own; joining the original would tie them to it.
  const groups = new Map<string, string>();
  for (const item of valid) if (item.groupId && !groups.has(item.groupId)) groups.set(item.groupId, newId());
  return valid.map((item) => {
    const copy: Record<string, unknown> = {
      ...item,
      id: ids.get(item.id),
      x: item.x + offset.x,
      y: item.y + offset.y,
    };
    for (const key of DROPPED_KEYS) if (key !== 'id') delete copy[key];
    if (item.groupId) copy.groupId = groups.get(item.groupId);
    if (item.type === 'connector') {
      copy.start = remapEnd(item.start, item, 'start', ids, keepsAttachment);
      copy.end = remapEnd(item.end, item, 'end', ids, keepsAttachment);
    }
    return copy as NewItem;
  });
}

function remapEnd(
  end: Endpoint,
  connector: Item,
  which: 'start' | 'end',
  ids: Map<string, string>,
  keepsAttachment: (id: string) => boolean,
): Endpoint {
  if (end.kind === 'point') return end;
  const copied = ids.get(end.itemId);
  if (copied) return { ...end, itemId: copied };
  if (keepsAttachment(end.itemId)) return end;
  // Without the item, the best guess of where the end was is the connector's own box corner.
  return which === 'start'
    ? { kind: 'point', x: 0, y: 0 }
    : { kind: 'point', x: connector.w, y: connector.h };
}
