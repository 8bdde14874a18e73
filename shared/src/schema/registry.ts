import type { z } from 'zod';
import type { ItemTypeDefinition, RawItem } from './definition.js';
import { connectorDefinition, type ConnectorItem } from './connector.js';
import { frameDefinition, type FrameItem } from './frame.js';
import { imageDefinition, type ImageItem } from './image.js';
import { penDefinition, type PenItem } from './pen.js';
import { shapeDefinition, type ShapeItem } from './shape.js';
import { stickyDefinition, type Sticky } from './sticky.js';
import { textDefinition, type TextItem } from './text.js';

/** Every item a board can hold. A new type gets its own file and joins here. */
export type Item = Sticky | TextItem | ShapeItem | FrameItem | ConnectorItem | PenItem | ImageItem;
export type ItemType = Item['type'];

export const ITEM_DEFINITIONS: { [K in ItemType]: ItemTypeDefinition<Extract<Item, { type: K }>> } = {
  sticky: stickyDefinition,
  text: textDefinition,
  shape: shapeDefinition,
  frame: frameDefinition,
  connector: connectorDefinition,
  pen: penDefinition,
  image: imageDefinition,
};

export function isItemType(value: unknown): value is ItemType {
  return typeof value === 'string' && Object.hasOwn(ITEM_DEFINITIONS, value);
}

export type ParseItemResult = { ok: true; item: Item; migrated: boolean } | { ok: false; error: string };

/**
 * Validates a raw record against its type, running migrations first when it was written by an older
 * version. Never throws: a bad record is reported, not fatal, so one broken item cannot take a board
 * down.
 */
export function parseItem(raw: RawItem): ParseItemResult {
  const type = raw.type;
  if (!isItemType(type)) return { ok: false, error: `unknown item type ${JSON.stringify(type)}` };
  const definition = ITEM_DEFINITIONS[type] as ItemTypeDefinition<Item>;
  const version = typeof raw.v === 'number' ? raw.v : 1;
  if (version > definition.version) {
    return { ok: false, error: `${type} v${version} is newer than this app (v${definition.version})` };
  }
  let record = raw;
  for (const migration of definition.migrations) {
    if (migration.to > version && migration.to <= definition.version) record = migration.up(record);
  }
  record = { ...record, v: definition.version };
  const parsed = (definition.schema as z.ZodType<Item>).safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || type}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, item: parsed.data, migrated: version < definition.version };
}

/** The text an item shows (a note's, a text block's, a shape's label, a frame's title), if it has any. */
export function itemText(item: Item): string | undefined {
  if (item.type === 'frame') return item.title;
  return 'text' in item ? item.text : undefined;
}
