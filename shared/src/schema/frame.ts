import { z } from 'zod';
import { baseItemSchema } from './base.js';
import type { ItemTypeDefinition } from './definition.js';
import { fillColorSchema } from './shape.js';

export const frameSchema = baseItemSchema.extend({
  type: z.literal('frame'),
  /**
   * Shown above the frame. A plain string rather than a `Y.Text`: titles are short and renamed by
   * one facilitator at a time, so last-writer-wins is what people expect.
   */
  title: z.string().max(200),
  fill: fillColorSchema,
});

export type FrameItem = z.infer<typeof frameSchema>;

/**
 * A named area of the board. Frames paint below every other item, and moving one carries the items
 * inside it; sessions will later use them as steps.
 */
export const frameDefinition: ItemTypeDefinition<FrameItem> = {
  type: 'frame',
  version: 1,
  schema: frameSchema,
  defaults: { w: 960, h: 640, title: '', fill: 'white' },
  migrations: [],
};
