import { readSessionState, votableItemIds, voteIsOpen, type MessageKey } from '@werkplaats/shared';
import { ApiError } from '../api/http';
import { startVote } from '../api/votes';
import type { CommandContext } from '../commands/types';

const ERROR_KEYS: Record<string, MessageKey> = {
  budget_spent: 'vote.error.budget',
  item_limit: 'vote.error.itemLimit',
  no_dot: 'vote.error.noDot',
  vote_closed: 'vote.error.closed',
  item_not_in_vote: 'vote.error.notInVote',
  vote_open: 'vote.error.alreadyOpen',
  vote_not_allowed: 'vote.error.notAllowed',
};

/** Tells the person why the server refused, in their language; the server's wording is English. */
export function reportVoteError({ store }: CommandContext, error: unknown): void {
  const key = error instanceof ApiError ? ERROR_KEYS[error.code] : undefined;
  store.getState().showToast(key ?? 'vote.error.generic');
}

/** The open vote this person can place dots in now, if any. */
export function openVote({ session }: CommandContext) {
  const { current } = session.votes.getSnapshot();
  return !session.readOnly && current && voteIsOpen(current, session.clock.now()) ? current : undefined;
}

/** Clicks place dots while a vote is open and the person has not said they are done. */
export function clicksVote(context: CommandContext): boolean {
  return openVote(context) !== undefined && !context.session.votes.getSnapshot().done;
}

export function isVotable(context: CommandContext, itemId: string): boolean {
  const vote = openVote(context);
  return vote !== undefined && votableItemIds(context.session.doc, vote).has(itemId);
}

export function placeDot(context: CommandContext, itemId: string): void {
  context.session.votes.place(itemId).catch((error: unknown) => reportVoteError(context, error));
}

export function removeDot(context: CommandContext, itemId: string): void {
  context.session.votes.remove(itemId).catch((error: unknown) => reportVoteError(context, error));
}

/** Places (or removes) a dot on the one selected item: the keyboard's way to vote. */
export function dotOnSelection(context: CommandContext, direction: 'place' | 'remove'): void {
  const [id] = context.store.getState().selectedIds;
  if (!id) return;
  if (!openVote(context)) context.store.getState().showToast('vote.error.noVote');
  else if (direction === 'place') placeDot(context, id);
  else removeDot(context, id);
}

/** Default budget of a vote a run-sheet step starts. */
export const DEFAULT_BUDGET = 3;

/**
 * The run-sheet's "vote" mode: a vote of three dots on the current step's frame (or the whole board),
 * named after the step, unless one is open already.
 */
export function startVoteForStep(context: CommandContext): void {
  const { session } = context;
  if (!session.facilitator || openVote(context)) return;
  const { steps, current } = readSessionState(session.doc);
  const step = steps.find((candidate) => candidate.id === current?.stepId);
  const frameId = step?.frameId && session.index.getItem(step.frameId) ? step.frameId : undefined;
  startVote(session.options.boardId, {
    title: step?.title ?? '',
    budget: DEFAULT_BUDGET,
    maxPerItem: 1,
    ...(frameId ? { frameId } : {}),
  }).catch((error: unknown) => reportVoteError(context, error));
}
