import type { z } from 'zod';

/** A raw item as read from its `Y.Map`, `Y.Text` fields already turned into strings. */
export type RawItem = Record<string, unknown>;

/** One step of an item type's migrations: upgrades a raw record written at version `to - 1`. */
export interface ItemMigration {
  to: number;
  up: (record: RawItem) => RawItem;
}

/**
 * Everything about one item type, defined once (tldraw style): validator, defaults and the numbered
 * migrations that bring older records up to `version`.
 */
export interface ItemTypeDefinition<T extends { type: string }> {
  type: T['type'];
  version: number;
  schema: z.ZodType<T>;
  defaults: Partial<Omit<T, 'id' | 'type'>>;
  migrations: ItemMigration[];
}
