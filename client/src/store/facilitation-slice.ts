import type { StateCreator } from 'zustand';
import type { BoardState } from './board-store';

export interface FacilitationSlice {
  /** The facilitator's run-sheet panel is open. */
  consoleOpen: boolean;
  /** The `at` of the follow this person broke away from; they follow again at the next one. */
  releasedFollowAt: number | null;
  setConsoleOpen: (open: boolean) => void;
  setReleasedFollowAt: (at: number | null) => void;
}

export const createFacilitationSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  FacilitationSlice
> = (set) => ({
  consoleOpen: false,
  releasedFollowAt: null,
  setConsoleOpen: (consoleOpen) => set({ consoleOpen }),
  setReleasedFollowAt: (releasedFollowAt) => set({ releasedFollowAt }),
});
