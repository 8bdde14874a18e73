import { z } from 'zod';
import type { Locale } from '../i18n/translate.js';
import { frameStepSchema } from '../schema/frame.js';
import { isItemType } from '../schema/registry.js';

/**
 * Version of the template format. Bump it (and teach `parseTemplate` to upgrade the older shape) when
 * a saved template written by this version would no longer read the same.
 */
export const TEMPLATE_VERSION = 1;

/** Marks a JSON file as a Werkplaats template, so an import can tell it from any other JSON. */
export const TEMPLATE_KIND = 'werkplaats/template';

/** At most this many items in one template: a full session board stays far below it. */
export const MAX_TEMPLATE_ITEMS = 2000;

/**
 * Text a template shows: the same in every language (what a facilitator typed on a board), or one
 * string per language (the built-in templates, which follow the network's language).
 */
export const localizedTextSchema = z.union([
  z.string().max(10_000),
  z.object({ nl: z.string().max(10_000), en: z.string().max(10_000) }),
]);

export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text for `locale`. */
export function localize(text: LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/** The fields of a template item that hold text, localised when the template is applied. */
export const LOCALIZED_KEYS = ['text', 'title', 'alt'] as const;

/**
 * One item of a template: a board item without its identity, stacking and authorship (those are given
 * when it is inserted), positioned relative to the template's top-left corner, with its text possibly
 * per language. `key` names it within the template, so a connector end can point at it. The item's own
 * fields are checked against the board schema by `templateSchema`, in every language.
 */
export const templateItemSchema = z
  .object({
    key: z.string().min(1).max(64).optional(),
    type: z.string().refine(isItemType, 'unknown item type'),
    x: z.number().finite().min(-100_000).max(100_000),
    y: z.number().finite().min(-100_000).max(100_000),
    text: localizedTextSchema.optional(),
    title: localizedTextSchema.optional(),
    alt: localizedTextSchema.optional(),
    step: z
      .object({
        order: z.number().int(),
        minutes: z.number().int(),
        instruction: localizedTextSchema,
        modes: frameStepSchema.shape.modes,
      })
      .optional(),
  })
  .catchall(z.unknown());

export type TemplateItem = z.infer<typeof templateItemSchema>;

/** What a template is for: a whole session board, or one frame to use on any board. */
export const TEMPLATE_SCOPES = ['session', 'frame'] as const;
export type TemplateScope = (typeof TEMPLATE_SCOPES)[number];

export const templateBodySchema = z.object({
  kind: z.literal(TEMPLATE_KIND),
  version: z.literal(TEMPLATE_VERSION),
  id: z.string().min(1).max(80),
  scope: z.enum(TEMPLATE_SCOPES),
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** For session templates: the session's length, which its steps' timeboxes add up to. */
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  items: z.array(templateItemSchema).min(1).max(MAX_TEMPLATE_ITEMS),
});

export type Template = z.infer<typeof templateBodySchema>;
