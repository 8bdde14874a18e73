import type { StateCreator } from 'zustand';
import type { BoardState } from './board-store';

export interface PanelsSlice {
  /** The comment thread of the selected item is shown. */
  commentsOpen: boolean;
  /** The board is shown as an outline (frames and their notes) beside the canvas. */
  outlineOpen: boolean;
  /** The minimap shows the whole board and the part on screen, bottom right. */
  minimapOpen: boolean;
  setMinimapOpen: (open: boolean) => void;
  setCommentsOpen: (open: boolean) => void;
  setOutlineOpen: (open: boolean) => void;
}

export const createPanelsSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  PanelsSlice
> = (set) => ({
  commentsOpen: false,
  outlineOpen: false,
  minimapOpen: false,
  setMinimapOpen: (minimapOpen) => set({ minimapOpen }),
  setCommentsOpen: (commentsOpen) => set({ commentsOpen }),
  setOutlineOpen: (outlineOpen) => set({ outlineOpen }),
});
