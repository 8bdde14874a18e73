import type * as Y from 'yjs';
import type { BoardPoint } from '../geometry/bounds.js';
import type { Origin } from '../doc/origins.js';
import type { Locale } from '../i18n/translate.js';
import { newId } from '../ids.js';
import { cloneItems } from '../ops/clone-items.js';
import { createItems, type Author, type NewItem } from '../ops/create-items.js';
import type { Item } from '../schema/registry.js';
import { resolveTemplateItems, templateBounds } from './resolve-template.js';
import { TEMPLATE_KIND, TEMPLATE_VERSION, type Template, type TemplateScope } from './template-schema.js';

export interface ApplyTemplateOptions {
  /** Where the middle of the template lands, in board coordinates. */
  at: BoardPoint;
  locale: Locale;
  origin: Origin;
  author: Author;
  /** Lock frames, titles, cards and areas, as a prepared session board has them. */
  lockStructure?: boolean;
}

/**
 * Writes the template's items onto the board, centred on `at`, in one transaction: one undo step for
 * whoever inserted it. Throws `InvalidItemError` before writing anything if an item does not fit the
 * board schema. Returns the created items.
 */
export function applyTemplate(
  doc: Y.Doc,
  template: Pick<Template, 'items'>,
  options: ApplyTemplateOptions,
): Item[] {
  const bounds = templateBounds(template);
  const offset = {
    x: Math.round(options.at.x - (bounds.x + bounds.w / 2)),
    y: Math.round(options.at.y - (bounds.y + bounds.h / 2)),
  };
  const inputs = resolveTemplateItems(template, {
    locale: options.locale,
    newId: () => newId(),
    offset,
    lockStructure: options.lockStructure ?? false,
  });
  return createItems(doc, inputs, options.author, options.origin);
}

/** Fields of a board item that belong to that board, not to a template made from it. */
const BOARD_ONLY = ['id', 'authorName'] as const;

/**
 * A template made from board items (a frame with its contents, or a whole board), as a facilitator
 * saves it: positions relative to the top-left of the items, connectors between them kept, ends
 * attached to items left out turned into free points. Text stays as typed, in one language.
 */
export function templateFromItems(
  items: readonly Item[],
  meta: { id: string; name: string; description: string; scope: TemplateScope },
): Template {
  const left = Math.min(...items.map((item) => item.x));
  const top = Math.min(...items.map((item) => item.y));
  const copies: NewItem[] = cloneItems(items, { x: -left, y: -top });
  return {
    kind: TEMPLATE_KIND,
    version: TEMPLATE_VERSION,
    id: meta.id,
    scope: meta.scope,
    name: meta.name,
    description: meta.description,
    items: copies.map((copy) => {
      const record: Record<string, unknown> = { ...copy, key: copy.id };
      for (const field of BOARD_ONLY) delete record[field];
      return record as Template['items'][number];
    }),
  };
}
