import type { TimerState } from './session-state.js';

/** Milliseconds left on the timer at server time `now` (never negative). */
export function timerRemaining(timer: TimerState | undefined, now: number): number {
  if (!timer) return 0;
  if (timer.status === 'running') return Math.max(0, timer.endsAt - now);
  if (timer.status === 'paused') return timer.remainingMs;
  return timer.durationMs;
}

/** Whether a running timer has reached zero at `now`. */
export function timerFinished(timer: TimerState | undefined, now: number): boolean {
  return timer?.status === 'running' && timer.endsAt <= now;
}

export function startedTimer(durationMs: number, now: number, sound: boolean): TimerState {
  return { status: 'running', durationMs, endsAt: now + durationMs, sound };
}

export function pausedTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer;
  return {
    status: 'paused',
    durationMs: timer.durationMs,
    remainingMs: timerRemaining(timer, now),
    sound: timer.sound,
  };
}

export function resumedTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'running') return timer;
  const remaining = timer.status === 'paused' ? timer.remainingMs : timer.durationMs;
  return { status: 'running', durationMs: timer.durationMs, endsAt: now + remaining, sound: timer.sound };
}

/**
 * Adds `ms` to the time left (and to the duration, so progress stays honest). A finished running timer
 * restarts from now rather than from its past end, or the minute would be gone already.
 */
export function extendedTimer(timer: TimerState, ms: number, now: number): TimerState {
  const durationMs = timer.durationMs + ms;
  if (timer.status === 'running') {
    return { ...timer, durationMs, endsAt: Math.max(timer.endsAt, now) + ms };
  }
  if (timer.status === 'paused') return { ...timer, durationMs, remainingMs: timer.remainingMs + ms };
  return { ...timer, durationMs };
}

export function stoppedTimer(timer: TimerState): TimerState {
  return { status: 'stopped', durationMs: timer.durationMs, sound: timer.sound };
}
