import type { BoardRect } from '../geometry/bounds.js';
import type { Locale } from '../i18n/translate.js';
import type { NewItem } from '../ops/create-items.js';
import { ITEM_DEFINITIONS, isItemType } from '../schema/registry.js';
import { LOCALIZED_KEYS, localize, type Template, type TemplateItem } from './template-schema.js';

/** Item types whose structure a template locks: everything but notes people move about. */
const UNLOCKED_BY_DEFAULT = new Set(['sticky', 'pen', 'connector', 'image']);

export interface ResolveOptions {
  locale: Locale;
  /** Gives each template item its board id; called once per item, in order. */
  newId: () => string;
  /** Added to every item's position. */
  offset?: { x: number; y: number };
  /** Lock frames, text and areas that the template does not say otherwise about. */
  lockStructure?: boolean;
}

/** The size an item of the template takes, its type's default where the template leaves it out. */
export function templateItemSize(item: TemplateItem): { w: number; h: number } {
  const defaults = isItemType(item.type) ? ITEM_DEFINITIONS[item.type].defaults : {};
  const w = typeof item.w === 'number' ? item.w : (defaults.w ?? 1);
  const h = typeof item.h === 'number' ? item.h : (defaults.h ?? 1);
  return { w, h };
}

/** The rectangle the template's items cover, relative to its own origin. */
export function templateBounds(template: Pick<Template, 'items'>): BoardRect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const item of template.items) {
    const { w, h } = templateItemSize(item);
    left = Math.min(left, item.x);
    top = Math.min(top, item.y);
    right = Math.max(right, item.x + w);
    bottom = Math.max(bottom, item.y + h);
  }
  // The schema asks for at least one item; an empty list still gets a sane box.
  return Number.isFinite(left)
    ? { x: left, y: top, w: right - left, h: bottom - top }
    : { x: 0, y: 0, w: 0, h: 0 };
}

function remapEnd(end: unknown, ids: Map<string, string>): unknown {
  if (typeof end !== 'object' || end === null) return end;
  const record = end as Record<string, unknown>;
  if (record.kind !== 'item' || typeof record.itemId !== 'string') return end;
  return { ...record, itemId: ids.get(record.itemId) ?? record.itemId };
}

/**
 * The template's items as board items to create, in `locale`, each with a new id and moved by
 * `offset`. Connector ends that name a template item's `key` attach to that item's copy. Nothing here
 * validates the result: `createItems` does, and `templateSchema` does it ahead for stored templates.
 */
export function resolveTemplateItems(template: Pick<Template, 'items'>, options: ResolveOptions): NewItem[] {
  const ids = new Map<string, string>();
  const assigned = template.items.map((item) => {
    const id = options.newId();
    if (item.key) ids.set(item.key, id);
    return id;
  });
  const offset = options.offset ?? { x: 0, y: 0 };
  return template.items.map((item, i) => {
    const { key: _key, step, ...rest } = item;
    const record: Record<string, unknown> = {
      ...rest,
      id: assigned[i],
      x: item.x + offset.x,
      y: item.y + offset.y,
    };
    for (const field of LOCALIZED_KEYS) {
      const value = item[field];
      if (value !== undefined) record[field] = localize(value, options.locale);
    }
    if (step) record.step = { ...step, instruction: localize(step.instruction, options.locale) };
    if (record.locked === undefined) {
      record.locked = options.lockStructure === true && !UNLOCKED_BY_DEFAULT.has(item.type);
    }
    if (item.type === 'connector') {
      record.start = remapEnd(record.start, ids);
      record.end = remapEnd(record.end, ids);
    }
    return record as NewItem;
  });
}
