import type { StateCreator } from 'zustand';
import { NO_INSETS, type Insets } from '../canvas/covered-insets';
import { readStored, writeStored } from '../lib/storage';
import type { BoardState } from './board-store';

const SNAP_TO_GRID_KEY = 'werkplaats.snapToGrid';

export interface PanelsSlice {
  /** The comment thread of the selected item is shown. */
  commentsOpen: boolean;
  /** The board is shown as an outline (frames and their notes) beside the canvas. */
  outlineOpen: boolean;
  /** The minimap shows the whole board and the part on screen, bottom right. */
  minimapOpen: boolean;
  /** Moves and resizes land on the dot grid where no other item is in reach; remembered per browser. */
  snapToGrid: boolean;
  /** What the panels and bars over the canvas cover of it now (kept by `useCoveredInsets`). */
  coveredInsets: Insets;
  setMinimapOpen: (open: boolean) => void;
  setSnapToGrid: (on: boolean) => void;
  setCommentsOpen: (open: boolean) => void;
  setOutlineOpen: (open: boolean) => void;
  setCoveredInsets: (insets: Insets) => void;
}

export const createPanelsSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  PanelsSlice
> = (set, get) => ({
  commentsOpen: false,
  outlineOpen: false,
  minimapOpen: false,
  snapToGrid: readStored(SNAP_TO_GRID_KEY) === 'on',
  coveredInsets: NO_INSETS,
  setMinimapOpen: (minimapOpen) => set({ minimapOpen }),
  setSnapToGrid: (snapToGrid) => {
    writeStored(SNAP_TO_GRID_KEY, snapToGrid ? 'on' : 'off');
    set({ snapToGrid });
  },
  setCommentsOpen: (commentsOpen) => set({ commentsOpen }),
  setOutlineOpen: (outlineOpen) => set({ outlineOpen }),
  setCoveredInsets: (insets) => {
    const current = get().coveredInsets;
    const same = (['top', 'right', 'bottom', 'left'] as const).every(
      (edge) => insets[edge] === current[edge],
    );
    if (!same) set({ coveredInsets: insets });
  },
});
