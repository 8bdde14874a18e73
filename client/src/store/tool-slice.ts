import type { StickyColor } from '@werkplaats/shared';
import type { StateCreator } from 'zustand';
import type { BoardState } from './board-store';

export type ToolId = 'select' | 'sticky';

export interface ToolSlice {
  tool: ToolId;
  /** New notes take the colour picked last, so a person can keep "their" colour. */
  stickyColor: StickyColor;
  setTool: (tool: ToolId) => void;
  setStickyColor: (color: StickyColor) => void;
}

export const createToolSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ToolSlice
> = (set) => ({
  tool: 'select',
  stickyColor: 'yellow',
  setTool: (tool) => set({ tool }),
  setStickyColor: (stickyColor) => set({ stickyColor }),
});
