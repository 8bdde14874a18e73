import type { PrivateCount, Sticky } from '@werkplaats/shared';
import { useSyncExternalStore } from 'react';
import { useSession } from './session-context';

/** This person's private notes (private mode), re-rendering when any of them changes. */
export function usePrivateNotes(): readonly Sticky[] {
  const { privateNotes } = useSession();
  return useSyncExternalStore(privateNotes.notesChanged.subscribe, privateNotes.getNotes);
}

/** For the facilitator: how many private notes each person holds. */
export function usePrivateCounts(): readonly PrivateCount[] {
  const { privateNotes } = useSession();
  return useSyncExternalStore(privateNotes.countsChanged.subscribe, privateNotes.getCounts);
}

export function usePrivateEditingId(): string | null {
  const { privateNotes } = useSession();
  return useSyncExternalStore(privateNotes.editingChanged.subscribe, privateNotes.getEditingId);
}
