import type * as Y from 'yjs';
import { z } from 'zod';
import { getContainer } from '../doc/board-doc.js';

/**
 * Keys of the `session` container this module owns; other facilitation features use their own. Each
 * step is a key of its own (`step:<id>`) rather than an entry of a nested map, so two facilitators
 * adding steps at once never create rival maps of which one would be dropped.
 */
export const SESSION_KEYS = {
  stepPrefix: 'step:',
  current: 'currentStep',
  timer: 'timer',
  follow: 'follow',
  private: 'private',
} as const;

export const stepModesSchema = z.object({
  timer: z.boolean().default(true),
  private: z.boolean().default(false),
  vote: z.boolean().default(false),
  follow: z.boolean().default(false),
});

export type StepModes = z.infer<typeof stepModesSchema>;

/** One step of the run-sheet, as stored under `session['step:' + id]`. */
export const runStepSchema = z.object({
  id: z.string().min(1).max(64),
  /** The frame everyone is brought to when the step starts. */
  frameId: z.string().min(1).max(64).optional(),
  title: z.string().max(200),
  instruction: z.string().max(2000).default(''),
  minutes: z.number().finite().min(0).max(600),
  modes: stepModesSchema.default({ timer: true, private: false, vote: false, follow: false }),
  /** Position in the run-sheet; ascending, ties by id. */
  order: z.number().finite(),
  /** Passed over by "next" and "previous", still listed. */
  skipped: z.boolean().default(false),
});

export type RunStep = z.infer<typeof runStepSchema>;

/** Which step is on, and when (server time) it was started. */
export const currentStepSchema = z.object({
  stepId: z.string().min(1).max(64),
  at: z.number().int().nonnegative(),
});

export type CurrentStep = z.infer<typeof currentStepSchema>;

/**
 * The shared timer. Times are server time in ms, so every client counts down alike whatever its own
 * clock says: `endsAt` while running, `remainingMs` while paused.
 */
export const timerSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('running'),
    durationMs: z.number().int().nonnegative(),
    endsAt: z.number().int().nonnegative(),
    sound: z.boolean().default(false),
  }),
  z.object({
    status: z.literal('paused'),
    durationMs: z.number().int().nonnegative(),
    remainingMs: z.number().int().nonnegative(),
    sound: z.boolean().default(false),
  }),
  z.object({
    status: z.literal('stopped'),
    durationMs: z.number().int().nonnegative(),
    sound: z.boolean().default(false),
  }),
]);

export type TimerState = z.infer<typeof timerSchema>;

/** A part of the board in board coordinates: what someone sees, independent of their screen size. */
export const viewRectSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive(),
  h: z.number().finite().positive(),
});

export type ViewRect = z.infer<typeof viewRectSchema>;

/**
 * "Bring everyone here" (`summon`, once) or "follow me" (`follow`, until released). While following,
 * the facilitator's live view travels in awareness; this record says who leads and where it started.
 */
export const followSchema = z.object({
  mode: z.enum(['summon', 'follow']),
  byUserId: z.string().min(1).max(64),
  byName: z.string().max(80).default(''),
  frameId: z.string().min(1).max(64).optional(),
  viewport: viewRectSchema.optional(),
  /** Server time; a client acts once per `at`. */
  at: z.number().int().nonnegative(),
});

export type FollowState = z.infer<typeof followSchema>;

/**
 * Private mode: while this record exists, new notes (inside `frameId`, or anywhere without one) go to
 * each author's private document on the server; `anonymous` says how the reveal will show them.
 */
export const privateModeSchema = z.object({
  frameId: z.string().min(1).max(64).optional(),
  anonymous: z.boolean().default(true),
  /** Server time it was switched on. */
  since: z.number().int().nonnegative(),
});

export type PrivateModeState = z.infer<typeof privateModeSchema>;

export interface SessionState {
  /** Run-sheet steps in order. */
  steps: RunStep[];
  current: CurrentStep | undefined;
  timer: TimerState | undefined;
  follow: FollowState | undefined;
  private: PrivateModeState | undefined;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function stepKey(id: string): string {
  return `${SESSION_KEYS.stepPrefix}${id}`;
}

export function compareSteps(a: RunStep, b: RunStep): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The session's facilitation state; anything unreadable (older, newer, corrupt) is left out, not thrown. */
export function readSessionState(doc: Y.Doc): SessionState {
  const session = getContainer(doc, 'session');
  const steps: RunStep[] = [];
  for (const [key, value] of session.entries()) {
    if (!key.startsWith(SESSION_KEYS.stepPrefix)) continue;
    const step = parsed(runStepSchema, value);
    if (step && key === stepKey(step.id)) steps.push(step);
  }
  steps.sort(compareSteps);
  return {
    steps,
    current: parsed(currentStepSchema, session.get(SESSION_KEYS.current)),
    timer: parsed(timerSchema, session.get(SESSION_KEYS.timer)),
    follow: parsed(followSchema, session.get(SESSION_KEYS.follow)),
    private: parsed(privateModeSchema, session.get(SESSION_KEYS.private)),
  };
}
