import { frameStepSchema, type FrameStep } from '../schema/frame.js';

/**
 * The step a frame's raw `step` value describes, or undefined when it has none (or one a newer version
 * wrote that we cannot read): such a frame is simply not a step of the run-sheet.
 */
export function readFrameStep(value: unknown): FrameStep | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = frameStepSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
