import { z } from 'zod';
import { baseItemSchema } from './base.js';
import { INK_COLOR_NAMES, type InkColor } from './colors.js';
import type { ItemTypeDefinition } from './definition.js';

/** Horizontal alignment of a text block's lines. */
export const TEXT_ALIGNS = ['left', 'center', 'right'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

export const inkColorSchema = z.enum(INK_COLOR_NAMES as [InkColor, ...InkColor[]]);

export const textSchema = baseItemSchema.extend({
  type: z.literal('text'),
  /** Stored as a `Y.Text`, like a sticky's, so two people typing in one block merge. */
  text: z.string().max(10_000),
  fontSize: z.number().finite().min(8).max(400),
  bold: z.boolean(),
  italic: z.boolean(),
  align: z.enum(TEXT_ALIGNS),
  color: inkColorSchema,
});

export type TextItem = z.infer<typeof textSchema>;

/** Free text on the board: a heading, a label, a paragraph. The box's width sets where lines wrap. */
export const textDefinition: ItemTypeDefinition<TextItem> = {
  type: 'text',
  version: 1,
  schema: textSchema,
  defaults: {
    w: 320,
    h: 48,
    text: '',
    fontSize: 28,
    bold: false,
    italic: false,
    align: 'left',
    color: 'black',
  },
  migrations: [],
};
