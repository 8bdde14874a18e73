import * as Y from 'yjs';
import { z } from 'zod';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { keysOnTop } from '../doc/zorder.js';
import { newId } from '../ids.js';
import { TEXT_KEYS } from '../schema/base.js';
import { ITEM_DEFINITIONS, isItemType, parseItem, type Item, type ItemType } from '../schema/registry.js';
import { InvalidItemError } from './errors.js';

/** What a caller supplies to create an item: its type, position, and any props to override. */
export type NewItem<T extends ItemType = ItemType> = T extends ItemType
  ? Partial<Omit<Extract<Item, { type: T }>, 'type'>> & { type: T; x: number; y: number }
  : never;

export interface Author {
  userId: string;
  name: string;
}

/** A validated item record for `input`, as `createItems` writes it; throws `InvalidItemError`. */
export function buildItemRecord(input: NewItem, zKey: string, author: Author, now: number): Item {
  // Inputs also come from untyped sources (paste, templates, imports): report a bad type, do not crash on it.
  if (!isItemType(input.type)) throw new InvalidItemError(`unknown item type ${JSON.stringify(input.type)}`);
  const definition = ITEM_DEFINITIONS[input.type];
  const candidate = {
    ...definition.defaults,
    locked: false,
    rotation: 0,
    ...input,
    id: input.id ?? newId(),
    v: definition.version,
    z: zKey,
    createdBy: author.userId,
    createdAt: now,
    ...(input.type === 'sticky' ? { authorName: author.name } : {}),
  };
  const parsed = parseItem(candidate);
  if (!parsed.ok) throw new InvalidItemError(parsed.error);
  return parsed.item;
}

/**
 * Per item type, the fields whose schema fills in a default when they are absent. Each key an item
 * stores costs the server and every browser about 400 bytes of Yjs structures for as long as the board
 * is open, so a new item stores none of these while it holds the default.
 */
const schemaDefaults = new Map<ItemType, ReadonlyMap<string, unknown>>();

/** The fields of `type` that readers fill in with a default when absent, and those defaults. */
export function fieldDefaults(type: ItemType): ReadonlyMap<string, unknown> {
  let defaults = schemaDefaults.get(type);
  if (!defaults) {
    const schema: unknown = ITEM_DEFINITIONS[type].schema;
    const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
    defaults = new Map(
      Object.entries(shape).flatMap(([key, field]) =>
        field instanceof z.ZodDefault ? [[key, field.def.defaultValue] as const] : [],
      ),
    );
    schemaDefaults.set(type, defaults);
  }
  return defaults;
}

/**
 * The `Y.Map` that holds `item`, its text in a `Y.Text`. Stored under the item's id in the items map,
 * which is where readers take the id from (`readItemMap`), so the map does not repeat it; fields at
 * their schema default are left out too (see `fieldDefaults`). Changing such a field later writes it.
 */
export function writeItemMap(item: Item): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const defaults = fieldDefaults(item.type);
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined || key === 'id') continue;
    if (defaults.get(key) === value) continue;
    if ((TEXT_KEYS as readonly string[]).includes(key)) map.set(key, new Y.Text(String(value)));
    else map.set(key, value);
  }
  return map;
}

/**
 * Creates items on top of the board in one transaction and returns them. Validates every item first,
 * so an invalid one throws before anything is written.
 */
export function createItems(doc: Y.Doc, inputs: NewItem[], author: Author, origin: Origin): Item[] {
  const items = getItemsMap(doc);
  const zs = keysOnTop(doc, inputs.length);
  const now = Date.now();
  const records = inputs.map((input, i) => buildItemRecord(input, zs[i]!, author, now));
  const ids = new Set<string>();
  for (const record of records) {
    // A repeated id within the batch would silently replace the earlier item in the same transaction.
    if (items.has(record.id) || ids.has(record.id)) {
      throw new InvalidItemError(`item ${record.id} already exists`);
    }
    ids.add(record.id);
  }
  doc.transact(() => {
    for (const record of records) items.set(record.id, writeItemMap(record));
  }, origin);
  return records;
}

export function createItem(doc: Y.Doc, input: NewItem, author: Author, origin: Origin): Item {
  return createItems(doc, [input], author, origin)[0]!;
}
