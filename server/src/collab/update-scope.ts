import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { ROOT_KEY } from '@werkplaats/shared';

/** What an update does to one item that already exists on the board. */
export interface ItemTouch {
  /** The item's map is set at this id by the update (a new item, or one replacing an existing one). */
  created: boolean;
  /** The existing item's map is removed (deleted, or replaced by a new one). */
  deleted: boolean;
  /** Fields of the existing item's map the update writes or deletes (`text` for edits in its text). */
  fields: Set<string>;
  /** A new map at this id carries `locked: true`. */
  createdLocked: boolean;
}

/**
 * Where an update writes, found without applying it. `unattributed` means some part of it could not be
 * placed (a dangling reference, a gap in a client's clock, a foreign root type): such an update must be
 * treated as touching everything.
 */
export interface UpdateScope {
  /** Top-level containers of the board's root map written to (`items`, `meta`, `session`, …). */
  containers: Set<string>;
  /** The root map's own keys are set or deleted, i.e. a container itself is replaced or removed. */
  rootKeys: boolean;
  unattributed: boolean;
  /** Per item id, what the update does to it. */
  items: Map<string, ItemTouch>;
}

type Struct = Y.Item | Y.GC | Y.Skip;

/** A struct's place: the keys from the board root down to it, and whether it sits under a new type. */
interface Place {
  path: readonly string[];
  /** Part of a type (map or text) the update itself creates. */
  underNew: boolean;
}

const UNPLACED: unique symbol = Symbol('unplaced');
type Resolved = Place | typeof UNPLACED;

interface Span {
  id: Y.ID;
  length: number;
}

/** Binary search for the index of the struct covering `clock` in a clock-sorted list, or -1. */
function indexAt(structs: readonly Span[], clock: number): number {
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

function structAt<T extends Span>(structs: readonly T[], clock: number): T | undefined {
  const index = indexAt(structs, clock);
  return index < 0 ? undefined : structs[index];
}

/** An update as `Y.decodeUpdate` reads it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * What of `update` the doc lacks: only that counts, as clients resend known structs and their whole
 * delete set on every sync. A live edit holds the structs of one client, all past what the doc has of
 * it (numClients, then numStructs, client and clock head a v1 update); it is taken as it is
 * (`decoded`, when the caller has read it already), which spares a state vector of the whole doc and
 * a re-encoding per update.
 */
function freshPart(doc: Y.Doc, update: Uint8Array, decoded: DecodedUpdate | undefined): DecodedUpdate {
  const decoder = decoding.createDecoder(update);
  const clients = decoding.readVarUint(decoder);
  if (clients === 0) return decoded ?? Y.decodeUpdate(update);
  if (clients === 1) {
    decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    if (decoding.readVarUint(decoder) >= Y.getState(doc.store, client)) {
      return decoded ?? Y.decodeUpdate(update);
    }
  }
  return Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
}

/**
 * Analyses `update` against `doc` without applying it. Cost is linear in the update's new structs and
 * its delete set (plus a lookup per reference), with no copy of the document. `decoded` is `update`
 * as `Y.decodeUpdate` reads it, if the caller has it; it is only read.
 */
export function analyseUpdate(doc: Y.Doc, update: Uint8Array, decoded?: DecodedUpdate): UpdateScope {
  const scope: UpdateScope = {
    containers: new Set(),
    rootKeys: false,
    unattributed: false,
    items: new Map(),
  };
  const fresh = freshPart(doc, update, decoded);
  const byClient = new Map<number, Y.Item[]>();
  for (const struct of fresh.structs as Struct[]) {
    if (struct instanceof Y.Skip) {
      // A gap: what follows would wait in the doc as pending and be integrated later, unchecked.
      scope.unattributed = true;
      continue;
    }
    if (!(struct instanceof Y.Item)) continue;
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  for (const [client, list] of byClient) {
    if (list[0]!.id.clock > Y.getState(doc.store, client)) scope.unattributed = true;
  }

  const rootMap = doc.getMap(ROOT_KEY);
  const memo = new Map<Y.Item, Resolved>();

  const placeOfDocType = (type: Y.AbstractType<unknown>): Resolved => {
    if (type._item === null) return type === rootMap ? { path: [], underNew: false } : UNPLACED;
    return placeOfDocItem(type._item);
  };

  const placeOfDocItem = (item: Y.Item): Resolved => {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return UNPLACED;
    const above = placeOfDocType(parent);
    if (above === UNPLACED) return UNPLACED;
    return { path: item.parentSub === null ? above.path : [...above.path, item.parentSub], underNew: false };
  };

  /** The struct (in the doc or in the update) that holds `id`, if any. */
  const lookup = (id: Y.ID): { item: Y.Item; inDoc: boolean } | undefined => {
    if (id.clock < Y.getState(doc.store, id.client)) {
      const structs = doc.store.clients.get(id.client);
      const found = structs && structAt(structs, id.clock);
      return found instanceof Y.Item ? { item: found, inDoc: true } : undefined;
    }
    const found = structAt(byClient.get(id.client) ?? [], id.clock);
    return found ? { item: found, inDoc: false } : undefined;
  };

  /** Place of the type whose content is the struct at `id`. */
  const placeOfTypeAt = (id: Y.ID, depth: number): Resolved => {
    const found = lookup(id);
    if (!found || !(found.item.content instanceof Y.ContentType)) return UNPLACED;
    if (found.inDoc) return placeOfDocItem(found.item);
    const place = placeOfNew(found.item, depth + 1);
    return place === UNPLACED ? UNPLACED : { path: place.path, underNew: true };
  };

  /** Place of a struct from the update, following its parent or, when it has none, its neighbours. */
  const placeOfNew = (item: Y.Item, depth: number): Resolved => {
    const known = memo.get(item);
    if (known) return known;
    // Chains longer than any real document nests are crafted; refuse rather than recurse without bound.
    if (depth > 64) return UNPLACED;
    let resolved: Resolved = UNPLACED;
    const parent: unknown = item.parent;
    if (typeof parent === 'string') {
      resolved =
        parent === ROOT_KEY
          ? { path: item.parentSub === null ? [] : [item.parentSub], underNew: false }
          : UNPLACED;
    } else if (parent instanceof Y.ID) {
      const above = placeOfTypeAt(parent, depth);
      if (above !== UNPLACED) {
        resolved = {
          path: item.parentSub === null ? above.path : [...above.path, item.parentSub],
          underNew: above.underNew,
        };
      }
    } else {
      // Without parent info Yjs takes the parent and key of the left (or right) neighbour.
      const neighbour = item.origin ?? item.rightOrigin;
      const found = neighbour && lookup(neighbour);
      if (found) resolved = found.inDoc ? placeOfDocItem(found.item) : placeOfNew(found.item, depth + 1);
    }
    memo.set(item, resolved);
    return resolved;
  };

  const itemTouch = (id: string): ItemTouch => {
    let touch = scope.items.get(id);
    if (!touch) {
      touch = { created: false, deleted: false, fields: new Set(), createdLocked: false };
      scope.items.set(id, touch);
    }
    return touch;
  };

  // Deleting an item's map deletes its fields too; those count only when the map itself stays.
  const removedFields = new Map<ItemTouch, Set<string>>();

  const record = (place: Place, item: Y.Item | undefined, kind: 'write' | 'delete'): void => {
    const [container, itemId, field] = place.path;
    if (container === undefined) {
      // A struct directly in the root map's list part; the board never uses one.
      scope.unattributed = true;
      return;
    }
    if (place.path.length === 1) {
      scope.rootKeys = true;
      return;
    }
    scope.containers.add(container);
    if (container !== 'items' || itemId === undefined) return;
    const touch = itemTouch(itemId);
    if (field === undefined) {
      if (kind === 'write') touch.created = true;
      else touch.deleted = true;
      return;
    }
    if (!place.underNew) {
      if (kind === 'write') touch.fields.add(field);
      else removedFields.set(touch, (removedFields.get(touch) ?? new Set()).add(field));
    } else if (
      field === 'locked' &&
      place.path.length === 3 &&
      item?.content instanceof Y.ContentAny &&
      item.content.arr.includes(true)
    ) {
      touch.createdLocked = true;
    }
  };

  for (const list of byClient.values()) {
    for (const item of list) {
      const place = placeOfNew(item, 0);
      if (place === UNPLACED) scope.unattributed = true;
      else record(place, item, 'write');
    }
  }

  for (const [client, ranges] of fresh.ds.clients) {
    const known = Y.getState(doc.store, client);
    const last = byClient.get(client)?.at(-1);
    // The update's structs of a client run without gaps from `known` (checked above) up to here.
    const brought = last ? last.id.clock + last.length : known;
    for (const { clock, len } of ranges) {
      const end = clock + len;
      // Deleting structs neither side has would wait in the doc as pending and apply later, unchecked.
      if (end > brought) scope.unattributed = true;
      // Deleting structs the update itself brings removes only what it creates.
      if (clock >= known) continue;
      recordDeletions(doc, client, clock, Math.min(end, known), (item) => {
        const place = placeOfDocItem(item);
        if (place === UNPLACED) scope.unattributed = true;
        else record(place, undefined, 'delete');
      });
    }
  }
  for (const [touch, fields] of removedFields) {
    if (!touch.deleted) for (const field of fields) touch.fields.add(field);
  }
  return scope;
}

/** Calls `visit` for every not-yet-deleted struct of `client` overlapping [start, end). */
function recordDeletions(
  doc: Y.Doc,
  client: number,
  start: number,
  end: number,
  visit: (item: Y.Item) => void,
): void {
  const structs = doc.store.clients.get(client);
  if (!structs) return;
  // The store's structs of a client cover its clocks without gaps, so `start` (< its state) is found.
  let index = Math.max(0, indexAt(structs, start));
  for (; index < structs.length; index++) {
    const struct = structs[index]!;
    if (struct.id.clock >= end) break;
    if (struct instanceof Y.Item && !struct.deleted) visit(struct);
  }
}
