import { z } from 'zod';
import { baseItemSchema } from './base.js';
import { STICKY_COLOR_NAMES, type StickyColor } from './palette.js';
import type { ItemTypeDefinition } from './definition.js';

export const STICKY_SIZE = 200;

const stickyColorSchema = z.enum(STICKY_COLOR_NAMES as [StickyColor, ...StickyColor[]]);

export const stickySchema = baseItemSchema.extend({
  type: z.literal('sticky'),
  color: stickyColorSchema,
  /** Plain text of the note; stored in the document as a `Y.Text` so concurrent typing merges. */
  text: z.string().max(10_000),
  /** Display name of the author at creation, kept so exports can credit (or anonymise) notes. */
  authorName: z.string().max(80).default(''),
});

export type Sticky = z.infer<typeof stickySchema>;

/** Sticky notes: square, coloured, one text. */
export const stickyDefinition: ItemTypeDefinition<Sticky> = {
  type: 'sticky',
  version: 2,
  schema: stickySchema,
  defaults: { w: STICKY_SIZE, h: STICKY_SIZE, rotation: 0, color: 'yellow', text: '', authorName: '' },
  migrations: [
    {
      // Version 1 notes predate author names; exports need the field, so absent means unknown.
      to: 2,
      up: (record) => ({ ...record, authorName: record.authorName ?? '' }),
    },
  ],
};
