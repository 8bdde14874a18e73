import type * as Y from 'yjs';
import { createBoardDoc } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItem } from '../doc/read.js';
import { createItem, type NewItem } from '../ops/create-items.js';
import type { RawItem } from '../schema/definition.js';
import type { Sticky } from '../schema/sticky.js';
import { parseItem, type Item } from '../schema/registry.js';

/** A valid record's common fields, for building test records of any item type. */
export function baseRecord(type: string, overrides: RawItem = {}): RawItem {
  return {
    id: 'item1',
    type,
    v: 1,
    x: 10,
    y: -20,
    w: 200,
    h: 100,
    rotation: 0,
    z: 'a0',
    locked: false,
    createdBy: 'user1',
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** The error a rejected record gets; fails the test when the record is accepted. */
export function parseError(raw: RawItem): string {
  const result = parseItem(raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return result.error;
}

/** A pattern matching a parse error that names `field` (or a path below it). */
export function namesField(field: string): RegExp {
  return new RegExp(`^${field.replaceAll('.', '\\.')}(\\.|: )`);
}

/** Creates one item through the real op on a fresh board, as the canvas would. */
export function createWithDefaults(input: NewItem): Item {
  return createItem(createBoardDoc(), input, { userId: 'ann', name: 'Ann' }, createLocalOrigin('ann'));
}

/** Reads an item that the test knows to be a sticky note, failing loudly when it is not. */
export function readSticky(doc: Y.Doc, id: string): Sticky {
  const item = readItem(doc, id);
  if (item?.type !== 'sticky') throw new Error(`${id} is not a sticky note`);
  return item;
}
