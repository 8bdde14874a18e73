import { z } from 'zod';
import { baseItemSchema } from './base.js';
import type { ItemTypeDefinition } from './definition.js';
import { inkColorSchema } from './text.js';

/** Upper bound on stored coordinates (x and y count separately); simplification keeps real strokes far below. */
export const MAX_PEN_COORDINATES = 20_000;

export const penSchema = baseItemSchema.extend({
  type: z.literal('pen'),
  /**
   * Flat `[x0, y0, x1, y1, …]`, relative to the item's x/y, so moving a stroke writes two numbers
   * instead of every point.
   */
  points: z
    .array(z.number().finite())
    .min(2)
    .max(MAX_PEN_COORDINATES)
    .refine((points) => points.length % 2 === 0, 'points must come in x, y pairs'),
  color: inkColorSchema,
  width: z.number().finite().min(1).max(64),
});

export type PenItem = z.infer<typeof penSchema>;

/** A freehand stroke, simplified when the pen lifts. */
export const penDefinition: ItemTypeDefinition<PenItem> = {
  type: 'pen',
  version: 1,
  schema: penSchema,
  defaults: { w: 1, h: 1, points: [0, 0], color: 'black', width: 4 },
  migrations: [],
};
