import { useCallback, useSyncExternalStore } from 'react';
import { useSession } from '../sync/session-context';
import type { VoteSnapshot } from '../sync/vote-state';

/** The board's votes and this person's ballot; re-renders when either changes. */
export function useVotes(): VoteSnapshot {
  const { votes } = useSession();
  return useSyncExternalStore(votes.subscribe, votes.getSnapshot);
}

/**
 * What one item shows of the current vote: this person's own dots on it while the vote is not revealed,
 * and its total once it is. Re-renders only when those numbers change.
 */
export function useItemVote(id: string): { mine: number; total: number | undefined } {
  const { votes } = useSession();
  const mine = useSyncExternalStore(
    votes.subscribe,
    useCallback(() => {
      const { ballot, current } = votes.getSnapshot();
      return current?.revealedAt === undefined ? (ballot?.dots[id] ?? 0) : 0;
    }, [votes, id]),
  );
  const total = useSyncExternalStore(
    votes.subscribe,
    useCallback(() => {
      const { current } = votes.getSnapshot();
      return current?.revealedAt === undefined ? undefined : (current.totals?.[id] ?? 0);
    }, [votes, id]),
  );
  return { mine, total };
}
