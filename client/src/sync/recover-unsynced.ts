import { getItemsMap, TEXT_KEYS, updateItems, type ItemPatch, type Origin } from '@werkplaats/shared';
import * as Y from 'yjs';

/** What recovery did with the changes the server had not received. */
export interface RecoveryReport {
  /** Items and fields put back on the fresh copy. */
  restored: number;
  /** Changes left out because they touch what this person may not change (locked items). */
  dropped: number;
}

/** Fields that name an item or its history; a patch never carries them. */
const IDENTITY_KEYS = new Set(['id', 'type', 'v', 'createdBy', 'createdAt']);

/**
 * After a refusal the local copy is thrown away (the server will never accept anything more from its
 * Yjs client id), but it may hold other work the server never received: notes typed while offline,
 * moves made after the refused change. This puts that work back on the fresh copy `fresh`, as new
 * changes with `origin`, and leaves out what the refused change was about.
 *
 * A struct is unsynced when the fresh copy's state vector does not cover it; a deletion is unsynced
 * when the struct is deleted in `stale` but alive in `fresh`. Only items are recovered: the containers
 * people other than facilitators may not write are refused before this matters.
 */
export function recoverUnsynced(
  stale: Y.Doc,
  fresh: Y.Doc,
  options: { facilitator: boolean; origin: Origin },
): RecoveryReport {
  const report: RecoveryReport = { restored: 0, dropped: 0 };
  const unsynced = (id: Y.ID) => id.clock >= Y.getState(fresh.store, id.client);
  /** Whether any part of [id, id + length) is deleted in `stale`: structs split where a part was deleted. */
  const deletedInStale = (id: Y.ID, length = 1) => {
    const structs = stale.store.clients.get(id.client);
    const end = Math.min(id.clock + length, Y.getState(stale.store, id.client));
    if (!structs) return false;
    for (let index = findIndex(structs, id.clock); index >= 0 && index < structs.length; index++) {
      const struct = structs[index]!;
      if (struct.id.clock >= end) break;
      if (struct.deleted) return true;
    }
    return false;
  };
  const staleItems = getItemsMap(stale);
  const freshItems = getItemsMap(fresh);
  const patches: { id: string; patch: Record<string, unknown> }[] = [];
  const deletions: string[] = [];
  const creations: { id: string; map: Y.Map<unknown> }[] = [];

  for (const [id, staleMap] of staleItems.entries()) {
    if (!(staleMap instanceof Y.Map) || !staleMap._item) continue;
    const freshMap = freshItems.get(id);
    if (unsynced(staleMap._item.id)) {
      if (freshMap === undefined) creations.push({ id, map: staleMap });
      continue;
    }
    if (!(freshMap instanceof Y.Map)) continue;
    const patch: Record<string, unknown> = {};
    for (const key of new Set([...staleMap.keys(), ...freshMap.keys(), ...deletedKeys(staleMap)])) {
      if (IDENTITY_KEYS.has(key) || key === 'updatedAt') continue;
      if (!changedLocally(staleMap, freshMap, key, unsynced, deletedInStale)) continue;
      const value: unknown = staleMap.get(key);
      patch[key] = value instanceof Y.Text ? value.toString() : value;
    }
    if (Object.keys(patch).length === 0) continue;
    if (!options.facilitator && (freshMap.get('locked') === true || 'locked' in patch)) {
      report.dropped += Object.keys(patch).length;
      continue;
    }
    patches.push({ id, patch });
  }

  for (const [id, freshMap] of freshItems.entries()) {
    if (staleItems.has(id) || !(freshMap instanceof Y.Map) || !freshMap._item) continue;
    if (!deletedInStale(freshMap._item.id)) continue;
    if (!options.facilitator && freshMap.get('locked') === true) report.dropped++;
    else deletions.push(id);
  }

  fresh.transact(() => {
    for (const { id, map } of creations) {
      freshItems.set(id, copyItemMap(map, options.facilitator));
      report.restored++;
    }
    for (const id of deletions) {
      freshItems.delete(id);
      report.restored++;
    }
  }, options.origin);
  for (const { id, patch } of patches) {
    try {
      const changed = updateItems(fresh, [{ id, patch: patch as ItemPatch }], options.origin, {
        unlockedOnly: !options.facilitator,
      });
      report[changed.length > 0 ? 'restored' : 'dropped'] += Object.keys(patch).length;
    } catch {
      // A value the schema refuses (written by a newer version, or corrupt) is not worth losing the rest.
      report.dropped += Object.keys(patch).length;
    }
  }
  return report;
}

/** Keys whose latest entry in `map` was deleted (so `keys()` no longer lists them). */
function deletedKeys(map: Y.Map<unknown>): string[] {
  return [...map._map.entries()].filter(([, item]) => item.deleted).map(([key]) => key);
}

function changedLocally(
  stale: Y.Map<unknown>,
  fresh: Y.Map<unknown>,
  key: string,
  unsynced: (id: Y.ID) => boolean,
  deletedInStale: (id: Y.ID, length?: number) => boolean,
): boolean {
  const staleEntry = stale._map.get(key);
  const freshEntry = fresh._map.get(key);
  if (staleEntry && unsynced(staleEntry.id)) return true;
  if (freshEntry && !freshEntry.deleted && deletedInStale(freshEntry.id)) return true;
  const staleText = stale.get(key);
  const freshText = fresh.get(key);
  if (!(staleText instanceof Y.Text) || !(freshText instanceof Y.Text)) return false;
  if (!(TEXT_KEYS as readonly string[]).includes(key)) return false;
  for (let item = staleText._start; item; item = item.right) {
    if (!item.deleted && unsynced(item.id)) return true;
  }
  for (let item = freshText._start; item; item = item.right) {
    if (!item.deleted && deletedInStale(item.id, item.length)) return true;
  }
  return false;
}

function copyItemMap(source: Y.Map<unknown>, facilitator: boolean): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [key, value] of source.entries()) {
    copy.set(key, value instanceof Y.Text ? new Y.Text(value.toString()) : value);
  }
  // Others may not create items that are locked from the start; the server would refuse it again.
  if (!facilitator && copy.get('locked') === true) copy.set('locked', false);
  return copy;
}

/** Index of the struct covering `clock` in a client's clock-sorted structs, or -1. */
function findIndex(structs: readonly (Y.Item | Y.GC)[], clock: number): number {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const struct = structs[mid]!;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return mid;
  }
  return -1;
}
