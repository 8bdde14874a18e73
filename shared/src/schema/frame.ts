import { z } from 'zod';
import { baseItemSchema } from './base.js';
import type { ItemTypeDefinition } from './definition.js';
import { fillColorSchema } from './shape.js';

/**
 * What a frame is as a step of a session: its place in the run of steps, its suggested timebox, the
 * instruction read out to the group, and which facilitation modes the step calls for. Written by
 * session templates; read by the facilitator's run-sheet.
 */
export const frameStepSchema = z.object({
  order: z.number().int().min(1).max(100),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  instruction: z.string().max(2000),
  modes: z.object({
    timer: z.boolean().optional(),
    private: z.boolean().optional(),
    vote: z.boolean().optional(),
    follow: z.boolean().optional(),
  }),
});

export type FrameStep = z.infer<typeof frameStepSchema>;

export const frameSchema = baseItemSchema.extend({
  type: z.literal('frame'),
  /**
   * Shown above the frame. A plain string rather than a `Y.Text`: titles are short and renamed by
   * one facilitator at a time, so last-writer-wins is what people expect.
   */
  title: z.string().max(200),
  fill: fillColorSchema,
  /** Present when the frame is a step of a session (see `frameStepSchema`); older frames have none. */
  step: frameStepSchema.optional(),
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
