import * as Y from 'yjs';
import { getContainer, getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { newId } from '../ids.js';
import { InvalidItemError } from '../ops/errors.js';
import { readFrameStep } from './frame-step.js';
import {
  followSchema,
  readSessionState,
  runStepSchema,
  SESSION_KEYS,
  stepKey,
  timerSchema,
  type FollowState,
  type RunStep,
  type StepModes,
  type TimerState,
} from './session-state.js';
import { startedTimer } from './timer.js';

/** What a caller gives to add or change a step; `id` and `order` are managed here. */
export type StepInput = Partial<Omit<RunStep, 'id' | 'order' | 'modes'>> & { modes?: Partial<StepModes> };

function session(doc: Y.Doc): Y.Map<unknown> {
  return getContainer(doc, 'session');
}

function validStep(value: unknown): RunStep {
  const result = runStepSchema.safeParse(value);
  if (!result.success) throw new InvalidItemError(result.error.message);
  return result.data;
}

/**
 * Steps for every frame that carries a template `step`, keyed `frame-<frameId>` so facilitators who
 * seed at the same moment write the same keys instead of two copies. Returns how many were added.
 */
export function seedStepsFromFrames(doc: Y.Doc, origin: Origin): number {
  const existing = new Set(readSessionState(doc).steps.map((step) => step.id));
  const seeds: RunStep[] = [];
  for (const [frameId, map] of getItemsMap(doc).entries()) {
    if (!(map instanceof Y.Map) || map.get('type') !== 'frame') continue;
    const step = readFrameStep(map.get('step'));
    const id = `frame-${frameId}`.slice(0, 64);
    if (!step || existing.has(id)) continue;
    const title: unknown = map.get('title');
    seeds.push(
      validStep({
        id,
        frameId,
        title: typeof title === 'string' ? title : '',
        instruction: step.instruction,
        minutes: step.minutes,
        modes: {
          timer: step.modes.timer ?? step.minutes > 0,
          private: step.modes.private ?? false,
          vote: step.modes.vote ?? false,
          follow: false,
        },
        order: step.order,
      }),
    );
  }
  if (seeds.length === 0) return 0;
  doc.transact(() => {
    for (const step of seeds) session(doc).set(stepKey(step.id), step);
  }, origin);
  return seeds.length;
}

/** Adds a step at the end of the run-sheet (or after `afterId`) and returns it. */
export function addStep(doc: Y.Doc, input: StepInput, origin: Origin, afterId?: string): RunStep {
  const { steps } = readSessionState(doc);
  const index = afterId === undefined ? steps.length - 1 : steps.findIndex((step) => step.id === afterId);
  const before = steps[index];
  const after = steps[index + 1];
  const order =
    before === undefined
      ? after
        ? after.order - 1
        : 0
      : after
        ? (before.order + after.order) / 2
        : before.order + 1;
  const step = validStep({ title: '', minutes: 5, ...input, id: newId(), order });
  doc.transact(() => session(doc).set(stepKey(step.id), step), origin);
  return step;
}

/** Changes fields of a step; false when it no longer exists. */
export function updateStep(doc: Y.Doc, id: string, patch: StepInput, origin: Origin): boolean {
  const current = readSessionState(doc).steps.find((step) => step.id === id);
  if (!current) return false;
  const next = validStep({ ...current, ...patch, modes: { ...current.modes, ...patch.modes }, id });
  doc.transact(() => session(doc).set(stepKey(id), next), origin);
  return true;
}

export function removeStep(doc: Y.Doc, id: string, origin: Origin): void {
  doc.transact(() => session(doc).delete(stepKey(id)), origin);
}

/**
 * Moves a step to position `toIndex` of the run-sheet. Renumbers every step, in one transaction, so
 * orders stay small integers however often steps are moved.
 */
export function moveStep(doc: Y.Doc, id: string, toIndex: number, origin: Origin): boolean {
  const { steps } = readSessionState(doc);
  const from = steps.findIndex((step) => step.id === id);
  if (from < 0) return false;
  const [moved] = steps.splice(from, 1);
  steps.splice(Math.max(0, Math.min(steps.length, toIndex)), 0, moved!);
  doc.transact(() => {
    steps.forEach((step, order) => {
      if (step.order !== order) session(doc).set(stepKey(step.id), { ...step, order });
    });
  }, origin);
  return true;
}

/**
 * Makes `stepId` the current step at server time `now`: its timer starts (or the timer stops when the
 * step has none). Bringing people to its frame and switching modes is the caller's, since those belong
 * to other features.
 */
export function goToStep(doc: Y.Doc, stepId: string, now: number, origin: Origin): RunStep | undefined {
  const state = readSessionState(doc);
  const step = state.steps.find((candidate) => candidate.id === stepId);
  if (!step) return undefined;
  doc.transact(() => {
    session(doc).set(SESSION_KEYS.current, { stepId, at: Math.round(now) });
    if (step.modes.timer && step.minutes > 0) {
      setTimerIn(
        doc,
        startedTimer(Math.round(step.minutes * 60_000), Math.round(now), state.timer?.sound ?? false),
      );
    } else {
      session(doc).delete(SESSION_KEYS.timer);
    }
  }, origin);
  return step;
}

/** The step after (or before) the current one, passing over skipped steps. */
export function neighbourStep(doc: Y.Doc, direction: 1 | -1): RunStep | undefined {
  const { steps, current } = readSessionState(doc);
  const index = current ? steps.findIndex((step) => step.id === current.stepId) : -1;
  const start = index < 0 ? (direction === 1 ? -1 : steps.length) : index;
  for (let i = start + direction; i >= 0 && i < steps.length; i += direction) {
    if (!steps[i]!.skipped) return steps[i];
  }
  return undefined;
}

function setTimerIn(doc: Y.Doc, timer: TimerState): void {
  const result = timerSchema.safeParse(timer);
  if (!result.success) throw new InvalidItemError(result.error.message);
  session(doc).set(SESSION_KEYS.timer, result.data);
}

/** Writes the timer (see `timer.ts` for the transitions); undefined clears it. */
export function setTimer(doc: Y.Doc, timer: TimerState | undefined, origin: Origin): void {
  doc.transact(() => {
    if (timer) setTimerIn(doc, timer);
    else session(doc).delete(SESSION_KEYS.timer);
  }, origin);
}

/** Starts a summon or follow, or ends one with undefined. */
export function setFollow(doc: Y.Doc, follow: FollowState | undefined, origin: Origin): void {
  doc.transact(() => {
    if (!follow) {
      session(doc).delete(SESSION_KEYS.follow);
      return;
    }
    const result = followSchema.safeParse(follow);
    if (!result.success) throw new InvalidItemError(result.error.message);
    session(doc).set(SESSION_KEYS.follow, result.data);
  }, origin);
}
