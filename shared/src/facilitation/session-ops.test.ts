import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getContainer, getItemsMap } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { createItem } from '../ops/create-items.js';
import { readFrameStep } from './frame-step.js';
import {
  addStep,
  goToStep,
  moveStep,
  neighbourStep,
  removeStep,
  seedStepsFromFrames,
  setFollow,
  setTimer,
  updateStep,
} from './session-ops.js';
import { readSessionState, stepKey } from './session-state.js';
import {
  extendedTimer,
  pausedTimer,
  resumedTimer,
  startedTimer,
  stoppedTimer,
  timerRemaining,
} from './timer.js';

const origin = createLocalOrigin('fien');
const author = { userId: 'fien', name: 'Fien' };

function frameWithStep(doc: Y.Doc, title: string, step: unknown): string {
  const { id } = createItem(doc, { type: 'frame', x: 0, y: 0, title }, author, origin);
  if (step !== undefined) getItemsMap(doc).get(id)!.set('step', step);
  return id;
}

describe('run-sheet from frames', () => {
  it('seeds one step per frame with a readable step, in order, once', () => {
    const doc = createBoardDoc();
    const second = frameWithStep(doc, 'Ideeën', {
      order: 2,
      minutes: 10,
      instruction: 'Schrijf',
      modes: { private: true },
    });
    const first = frameWithStep(doc, 'Kennismaken', { order: 1, minutes: 5, instruction: '', modes: {} });
    frameWithStep(doc, 'Geen stap', undefined);
    frameWithStep(doc, 'Kapot', { order: 'x' });
    expect(seedStepsFromFrames(doc, origin)).toBe(2);
    expect(seedStepsFromFrames(doc, origin)).toBe(0);
    const { steps } = readSessionState(doc);
    expect(steps.map((step) => [step.frameId, step.title, step.minutes])).toEqual([
      [first, 'Kennismaken', 5],
      [second, 'Ideeën', 10],
    ]);
    expect(steps[1]!.modes).toEqual({ timer: true, private: true, vote: false, follow: false });
  });

  it('two facilitators seeding at once end with one copy of each step', () => {
    const a = createBoardDoc();
    frameWithStep(a, 'Stap', { order: 1, minutes: 5, instruction: '', modes: {} });
    const b = createBoardDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    seedStepsFromFrames(a, origin);
    seedStepsFromFrames(b, createLocalOrigin('other'));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readSessionState(a).steps).toHaveLength(1);
    expect(readSessionState(b).steps).toEqual(readSessionState(a).steps);
  });

  it('reads a frame step tolerantly', () => {
    expect(readFrameStep(undefined)).toBeUndefined();
    expect(readFrameStep({ order: 1 })).toBeUndefined();
    expect(readFrameStep({ order: 1, minutes: 3 })).toBeUndefined();
    expect(readFrameStep({ order: 1, minutes: 3, instruction: 'Go', modes: { vote: true } })).toEqual({
      order: 1,
      minutes: 3,
      instruction: 'Go',
      modes: { vote: true },
    });
  });
});

describe('run-sheet editing', () => {
  it('adds, edits, reorders, skips and removes steps', () => {
    const doc = createBoardDoc();
    const a = addStep(doc, { title: 'A' }, origin);
    const c = addStep(doc, { title: 'C' }, origin);
    const b = addStep(doc, { title: 'B' }, origin, a.id);
    const titles = () => readSessionState(doc).steps.map((step) => step.title);
    expect(titles()).toEqual(['A', 'B', 'C']);
    moveStep(doc, c.id, 0, origin);
    expect(titles()).toEqual(['C', 'A', 'B']);
    expect(readSessionState(doc).steps.map((step) => step.order)).toEqual([0, 1, 2]);
    expect(updateStep(doc, b.id, { title: 'B2', minutes: 12, modes: { vote: true } }, origin)).toBe(true);
    const edited = readSessionState(doc).steps.find((step) => step.id === b.id)!;
    expect(edited).toMatchObject({ title: 'B2', minutes: 12, modes: { timer: true, vote: true } });
    expect(() => updateStep(doc, b.id, { minutes: -3 }, origin)).toThrow();
    updateStep(doc, a.id, { skipped: true }, origin);
    goToStep(doc, c.id, 1000, origin);
    expect(neighbourStep(doc, 1)?.id).toBe(b.id);
    removeStep(doc, a.id, origin);
    expect(titles()).toEqual(['C', 'B2']);
  });

  it('going to a step starts its timer in server time, or clears it for a step without one', () => {
    const doc = createBoardDoc();
    const timed = addStep(doc, { title: 'Timed', minutes: 3 }, origin);
    const untimed = addStep(doc, { title: 'Free', minutes: 0 }, origin);
    goToStep(doc, timed.id, 10_000, origin);
    let state = readSessionState(doc);
    expect(state.current).toEqual({ stepId: timed.id, at: 10_000 });
    expect(state.timer).toEqual({ status: 'running', durationMs: 180_000, endsAt: 190_000, sound: false });
    goToStep(doc, untimed.id, 20_000, origin);
    state = readSessionState(doc);
    expect(state.current?.stepId).toBe(untimed.id);
    expect(state.timer).toBeUndefined();
    expect(neighbourStep(doc, -1)?.id).toBe(timed.id);
    expect(neighbourStep(doc, 1)).toBeUndefined();
  });

  it('skips what it cannot read instead of throwing', () => {
    const doc = createBoardDoc();
    const session = getContainer(doc, 'session');
    session.set(stepKey('bad'), { id: 'bad', title: 3 });
    session.set(stepKey('other'), { id: 'mismatch', title: 'x', minutes: 1, order: 0 });
    session.set('timer', { status: 'ticking' });
    session.set('follow', 'me');
    session.set('currentStep', { stepId: '' });
    expect(readSessionState(doc)).toEqual({
      steps: [],
      current: undefined,
      timer: undefined,
      follow: undefined,
      private: undefined,
    });
  });

  it('validates follow records', () => {
    const doc = createBoardDoc();
    setFollow(
      doc,
      { mode: 'follow', byUserId: 'fien', byName: 'Fien', viewport: { x: 0, y: 0, w: 10, h: 10 }, at: 5 },
      origin,
    );
    expect(readSessionState(doc).follow?.mode).toBe('follow');
    expect(() =>
      setFollow(doc, { mode: 'follow', byUserId: '', byName: '', at: 5 } as never, origin),
    ).toThrow();
    setFollow(doc, undefined, origin);
    expect(readSessionState(doc).follow).toBeUndefined();
  });
});

describe('timer', () => {
  it('pauses, resumes, adds a minute and stops in server time', () => {
    const doc = createBoardDoc();
    let timer = startedTimer(60_000, 1_000, true);
    expect(timerRemaining(timer, 31_000)).toBe(30_000);
    timer = pausedTimer(timer, 31_000);
    expect(timerRemaining(timer, 999_999)).toBe(30_000);
    timer = extendedTimer(timer, 60_000, 40_000);
    expect(timerRemaining(timer, 40_000)).toBe(90_000);
    timer = resumedTimer(timer, 50_000);
    expect(timerRemaining(timer, 60_000)).toBe(80_000);
    // Extending a finished timer counts from now, not from its past end.
    expect(timerRemaining(extendedTimer(timer, 60_000, 500_000), 500_000)).toBe(60_000);
    timer = stoppedTimer(timer);
    setTimer(doc, timer, origin);
    expect(readSessionState(doc).timer).toEqual({ status: 'stopped', durationMs: 120_000, sound: true });
  });
});
