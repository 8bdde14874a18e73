import { z } from 'zod';
import { LOCALES } from '../i18n/translate.js';
import { ITEM_DEFINITIONS, isItemType, parseItem } from '../schema/registry.js';
import { resolveTemplateItems } from './resolve-template.js';
import { TEMPLATE_KIND, TEMPLATE_VERSION, templateBodySchema, type Template } from './template-schema.js';

/** Fields every board item gets when it is created; a template leaves them out. */
const CREATION_FIELDS = { v: 1, z: 'a0', createdBy: 'template', createdAt: 0 };

/**
 * A template, checked all the way: its envelope, and every item as the board item it becomes, in
 * every language, with no field the item type does not know and no connector pointing outside it.
 * Built-in and saved templates pass through the same schema.
 */
export const templateSchema = templateBodySchema.superRefine((template, context) => {
  const keys = new Set(template.items.flatMap((item) => (item.key ? [item.key] : [])));
  for (const locale of LOCALES) {
    let n = 0;
    const resolved = resolveTemplateItems(template, { locale, newId: () => `item${n++}` });
    resolved.forEach((input, i) => {
      const path = ['items', i];
      if (!isItemType(input.type)) return;
      const definition = ITEM_DEFINITIONS[input.type];
      const candidate = {
        ...definition.defaults,
        rotation: 0,
        ...input,
        ...CREATION_FIELDS,
        v: definition.version,
      };
      const parsed = parseItem(candidate);
      if (!parsed.ok) {
        context.addIssue({ code: 'custom', path, message: `${locale}: ${parsed.error}` });
        return;
      }
      for (const field of Object.keys(input)) {
        if (!Object.hasOwn(parsed.item, field)) {
          context.addIssue({
            code: 'custom',
            path: [...path, field],
            message: `not a field of ${input.type}`,
          });
        }
      }
    });
  }
  template.items.forEach((item, i) => {
    if (item.type !== 'connector') return;
    for (const end of ['start', 'end'] as const) {
      const value = item[end] as { kind?: unknown; itemId?: unknown } | undefined;
      if (value?.kind === 'item' && !keys.has(String(value.itemId))) {
        context.addIssue({
          code: 'custom',
          path: ['items', i, end],
          message: 'points at no item of the template',
        });
      }
    }
  });
});

export type ParseTemplateResult = { ok: true; template: Template } | { ok: false; error: string };

/**
 * Reads a template from untrusted JSON (an import, a stored row). Says plainly when the file is no
 * template, or one written by a newer version, rather than listing schema errors.
 */
export function parseTemplate(value: unknown): ParseTemplateResult {
  const head = z.object({ kind: z.string(), version: z.number() }).safeParse(value);
  if (!head.success || head.data.kind !== TEMPLATE_KIND) {
    return { ok: false, error: 'This file is not a Werkplaats template.' };
  }
  if (head.data.version > TEMPLATE_VERSION) {
    return {
      ok: false,
      error: `This template was made with a newer version of Werkplaats (template format ${head.data.version}; this one reads up to ${TEMPLATE_VERSION}).`,
    };
  }
  const parsed = templateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || 'template'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, template: parsed.data };
}
