import { z } from 'zod';
import { baseItemSchema } from './base.js';
import { FILL_COLOR_NAMES, type FillColor } from './colors.js';
import type { ItemTypeDefinition } from './definition.js';
import { inkColorSchema } from './text.js';

export const SHAPE_KINDS = ['rectangle', 'ellipse', 'diamond'] as const;
export type ShapeKind = (typeof SHAPE_KINDS)[number];

export const fillColorSchema = z.enum(FILL_COLOR_NAMES as [FillColor, ...FillColor[]]);

export const shapeSchema = baseItemSchema.extend({
  type: z.literal('shape'),
  kind: z.enum(SHAPE_KINDS),
  fill: fillColorSchema,
  stroke: inkColorSchema,
  strokeWidth: z.number().finite().min(0).max(32),
  /** Label centred inside the shape; a `Y.Text` like every long text. */
  text: z.string().max(10_000),
});

export type ShapeItem = z.infer<typeof shapeSchema>;

/** Rectangles, ellipses and diamonds with an optional label, for diagrams and groupings. */
export const shapeDefinition: ItemTypeDefinition<ShapeItem> = {
  type: 'shape',
  version: 1,
  schema: shapeSchema,
  defaults: { w: 200, h: 140, kind: 'rectangle', fill: 'blue', stroke: 'black', strokeWidth: 2, text: '' },
  migrations: [],
};
