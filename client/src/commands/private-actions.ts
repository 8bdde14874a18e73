import {
  addPrivateNote,
  readSessionState,
  setPrivateMode,
  STICKY_SIZE,
  type PrivateModeState,
} from '@werkplaats/shared';
import { containsRect, type Point } from '../lib/geometry';
import type { CommandContext } from './types';

/**
 * Whether a note placed at `point` goes to the author's private notes: private mode is on and the
 * point lies in its frame (or it covers the board). The facilitator's own notes stay on the board:
 * they run the round rather than take part in it.
 */
export function privateModeAppliesAt({ session }: CommandContext, point: Point): boolean {
  if (session.facilitator || session.readOnly) return false;
  const mode = readSessionState(session.doc).private;
  if (!mode) return false;
  if (!mode.frameId) return true;
  const frame = session.index.rectOf(mode.frameId);
  return frame !== undefined && containsRect(frame, { ...point, w: 0, h: 0 });
}

/** Creates a private note centred on `centre` and opens its editor. */
export function placePrivateSticky({ session, store }: CommandContext, centre: Point): string {
  const mode = readSessionState(session.doc).private;
  const note = addPrivateNote(
    session.privateNotes.doc,
    {
      x: Math.round(centre.x - STICKY_SIZE / 2),
      y: Math.round(centre.y - STICKY_SIZE / 2),
      color: store.getState().stickyColor,
      ...(mode?.frameId ? { parentId: mode.frameId } : {}),
    },
    session.author,
    session.origin,
  );
  session.privateNotes.startEditing(note.id);
  return note.id;
}

/**
 * Switches private mode on, for the current step's frame when the step has one, else the whole board.
 * Run by the run-sheet for a step with private mode, and by the console.
 */
export function switchPrivateModeOn(context: CommandContext, anonymous?: boolean): void {
  const { session } = context;
  if (!session.facilitator) return;
  const state = readSessionState(session.doc);
  const step = state.steps.find((candidate) => candidate.id === state.current?.stepId);
  const next: PrivateModeState = {
    ...(step?.frameId && session.index.rectOf(step.frameId) ? { frameId: step.frameId } : {}),
    anonymous: anonymous ?? state.private?.anonymous ?? true,
    since: state.private?.since ?? Math.round(session.clock.now()),
  };
  setPrivateMode(session.doc, next, session.origin);
}

/** Ends private mode without revealing: every private note stays with its author until a reveal. */
export function switchPrivateModeOff({ session }: CommandContext): void {
  if (session.facilitator) setPrivateMode(session.doc, undefined, session.origin);
}

export function setRevealAnonymous({ session }: CommandContext, anonymous: boolean): void {
  const mode = readSessionState(session.doc).private;
  if (session.facilitator && mode) setPrivateMode(session.doc, { ...mode, anonymous }, session.origin);
}

/** Asks the server to put everyone's private notes on the board; it also ends private mode. */
export function revealPrivate({ session }: CommandContext, anonymous: boolean): void {
  if (session.facilitator) session.privateNotes.reveal(anonymous);
}
