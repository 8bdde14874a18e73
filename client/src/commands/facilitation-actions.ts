import {
  addStep,
  extendedTimer,
  goToStep,
  neighbourStep,
  pausedTimer,
  readSessionState,
  resumedTimer,
  seedStepsFromFrames,
  setFollow,
  setTimer,
  startedTimer,
  stoppedTimer,
  type FollowState,
} from '@werkplaats/shared';
import { readCoveredInsets } from '../canvas/covered-insets';
import { fitRect, uncoveredBoardRect } from '../canvas/viewport';
import type { CommandContext } from './types';

/** What a facilitator's run-sheet needs from the other facilitation features, by registry id. */
export const MODE_COMMANDS = { private: 'facilitation.privateMode', vote: 'facilitation.startVote' } as const;

/**
 * Runs a command another feature registers, if it is there: a step may ask for private mode or a
 * vote before (or without) those features being part of this build.
 */
export type CommandLookup = (id: string) => ((context: CommandContext) => void) | undefined;

const MINUTE = 60_000;

function leader({ session }: CommandContext): Pick<FollowState, 'byUserId' | 'byName'> {
  return { byUserId: session.options.userId, byName: session.options.name };
}

function currentView({ store }: CommandContext) {
  const { viewport, stageSize } = store.getState();
  return uncoveredBoardRect(viewport, stageSize, readCoveredInsets());
}

/**
 * Starts a step: its timer runs, everyone is brought to its frame (still following if a follow is on),
 * and its modes are switched on through the commands that own them.
 */
export function startStep(context: CommandContext, stepId: string, lookup: CommandLookup): void {
  const { session, store } = context;
  if (!session.facilitator) return;
  const now = session.clock.now();
  const step = goToStep(session.doc, stepId, now, session.origin);
  if (!step) return;
  const rect = step.frameId ? session.index.rectOf(step.frameId) : undefined;
  if (rect) {
    // Fitted once the step's timer and banners are in the session bar, so they do not cover the frame.
    requestAnimationFrame(() => {
      if (readSessionState(session.doc).current?.stepId !== stepId) return;
      const fitted = fitRect(rect, store.getState().stageSize, { insets: readCoveredInsets() });
      store.getState().setViewport(fitted, { byUser: false });
    });
  }
  // Its modes first, so the private-mode banner is on everyone's screen when the summon fits the frame.
  if (step.modes.private) lookup(MODE_COMMANDS.private)?.(context);
  if (step.modes.vote) lookup(MODE_COMMANDS.vote)?.(context);
  const following = readSessionState(session.doc).follow;
  const keepFollowing =
    step.modes.follow || (following?.mode === 'follow' && following.byUserId === session.options.userId);
  if (rect || keepFollowing) {
    setFollow(
      session.doc,
      {
        mode: keepFollowing ? 'follow' : 'summon',
        ...leader(context),
        ...(step.frameId && rect ? { frameId: step.frameId } : { viewport: currentView(context) }),
        at: Math.round(now),
      },
      session.origin,
    );
  }
}

export function stepBy(context: CommandContext, direction: 1 | -1, lookup: CommandLookup): void {
  const step = neighbourStep(context.session.doc, direction);
  if (step) startStep(context, step.id, lookup);
}

export function startTimer({ session }: CommandContext, minutes: number): void {
  const { timer } = readSessionState(session.doc);
  const durationMs = Math.round(Math.max(0.25, Math.min(600, minutes)) * MINUTE);
  setTimer(
    session.doc,
    startedTimer(durationMs, Math.round(session.clock.now()), timer?.sound ?? false),
    session.origin,
  );
}

/** Start (with the last duration, or five minutes), pause, or resume: the one timer button. */
export function toggleTimer(context: CommandContext): void {
  const { session } = context;
  const { timer } = readSessionState(session.doc);
  const now = Math.round(session.clock.now());
  if (!timer) startTimer(context, 5);
  else if (timer.status === 'running' && timer.endsAt > now)
    setTimer(session.doc, pausedTimer(timer, now), session.origin);
  else if (timer.status === 'running')
    setTimer(session.doc, startedTimer(timer.durationMs, now, timer.sound), session.origin);
  else setTimer(session.doc, resumedTimer(timer, now), session.origin);
}

export function addTimerMinute({ session }: CommandContext): void {
  const { timer } = readSessionState(session.doc);
  const now = Math.round(session.clock.now());
  setTimer(
    session.doc,
    timer ? extendedTimer(timer, MINUTE, now) : startedTimer(MINUTE, now, false),
    session.origin,
  );
}

export function stopTimer({ session }: CommandContext): void {
  const { timer } = readSessionState(session.doc);
  if (timer) setTimer(session.doc, stoppedTimer(timer), session.origin);
}

export function toggleTimerSound({ session }: CommandContext): void {
  const { timer } = readSessionState(session.doc);
  const base = timer ?? { status: 'stopped' as const, durationMs: 5 * MINUTE, sound: false };
  setTimer(session.doc, { ...base, sound: !base.sound }, session.origin);
}

/** "Bring everyone here": everyone's view jumps once to what the facilitator sees now. */
export function summonEveryone(context: CommandContext): void {
  const { session } = context;
  setFollow(
    session.doc,
    {
      mode: 'summon',
      ...leader(context),
      viewport: currentView(context),
      at: Math.round(session.clock.now()),
    },
    session.origin,
  );
}

/** "Follow me", or release everyone when they already follow. */
export function toggleFollow(context: CommandContext): void {
  const { session } = context;
  const { follow } = readSessionState(session.doc);
  if (follow?.mode === 'follow') {
    setFollow(session.doc, undefined, session.origin);
    return;
  }
  setFollow(
    session.doc,
    {
      mode: 'follow',
      ...leader(context),
      viewport: currentView(context),
      at: Math.round(session.clock.now()),
    },
    session.origin,
  );
}

export function addRunStep({ session }: CommandContext, title: string): string {
  return addStep(session.doc, { title, minutes: 5 }, session.origin).id;
}

export function seedRunSheet({ session }: CommandContext): number {
  return seedStepsFromFrames(session.doc, session.origin);
}
