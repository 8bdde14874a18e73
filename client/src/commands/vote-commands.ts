import { dotOnSelection, startVoteForStep } from '../facilitation/vote-actions';
import type { Command } from './types';

/** Voting: the run-sheet's vote mode, and the keyboard's way to place and remove dots. */
export const VOTE_COMMANDS = [
  {
    id: 'facilitation.startVote',
    labelKey: 'vote.start',
    group: 'facilitation',
    inHelp: false,
    perform: startVoteForStep,
    enabled: (state) => state.facilitator,
  },
  {
    id: 'vote.placeDot',
    labelKey: 'vote.placeDot',
    group: 'facilitation',
    shortcuts: [{ key: 'd', shift: false }],
    perform: (context) => dotOnSelection(context, 'place'),
    enabled: (state) => !state.readOnly && state.selectionCount === 1,
  },
  {
    id: 'vote.removeDot',
    labelKey: 'vote.removeDot',
    group: 'facilitation',
    shortcuts: [{ key: 'd', shift: true }],
    perform: (context) => dotOnSelection(context, 'remove'),
    enabled: (state) => !state.readOnly && state.selectionCount === 1,
  },
] as const satisfies readonly Command[];
