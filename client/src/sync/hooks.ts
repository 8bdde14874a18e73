import type { Item, PresenceUser } from '@werkplaats/shared';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionSnapshot } from './connection';
import type { Peer } from './presence';
import { useSession } from './session-context';
import type { ItemFeedback } from './feedback-state';
import type { UndoSnapshot } from './undo-history';

/** One item, re-rendering only when that item changes. */
export function useItem(id: string): Item | undefined {
  const { index } = useSession();
  const subscribe = useCallback((onChange: () => void) => index.subscribeItem(id, onChange), [index, id]);
  const read = useCallback(() => index.getItem(id), [index, id]);
  return useSyncExternalStore(subscribe, read);
}

/** A number that changes whenever any of `ids` changes in any field; for views of a few items. */
export function useItemsChanged(ids: readonly string[]): number {
  const { index } = useSession();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribes = ids.map((id) => index.subscribeItem(id, () => setVersion((v) => v + 1)));
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [index, ids]);
  return version;
}

/** A number that changes whenever any item moves, resizes, appears, disappears or restacks. */
export function useLayoutVersion(): number {
  const { index } = useSession();
  return useSyncExternalStore(index.layoutChanged.subscribe, index.getLayoutVersion);
}

export function useConnection(): ConnectionSnapshot {
  const { connection } = useSession();
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot);
}

export function useUndoState(): UndoSnapshot {
  const { undo } = useSession();
  return useSyncExternalStore(undo.subscribe, undo.getSnapshot);
}

export function usePeers(): readonly Peer[] {
  const { presence } = useSession();
  return useSyncExternalStore(presence.peersChanged.subscribe, presence.getPeers);
}

export function usePeople(): readonly PresenceUser[] {
  const { presence } = useSession();
  return useSyncExternalStore(presence.peopleChanged.subscribe, presence.getPeople);
}

/** One item's comments and reactions, re-rendering only when they change. */
export function useItemFeedback(itemId: string): ItemFeedback {
  const { feedback } = useSession();
  return useSyncExternalStore(feedback.subscribe, () => feedback.get(itemId));
}
