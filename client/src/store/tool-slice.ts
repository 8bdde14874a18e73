import type { ShapeKind, StickyColor } from '@werkplaats/shared';
import type { StateCreator } from 'zustand';
import type { BoardState } from './board-store';

export type ToolId = 'select' | 'hand' | 'sticky' | 'text' | 'shape' | 'frame' | 'connector' | 'pen';

export interface ToolSlice {
  tool: ToolId;
  /** New notes take the colour picked last, so a person can keep "their" colour. */
  stickyColor: StickyColor;
  /** The shape the shape tool draws: the toolbar menu picks it, S arms the tool with it. */
  shapeKind: ShapeKind;
  setTool: (tool: ToolId) => void;
  setStickyColor: (color: StickyColor) => void;
  setShapeKind: (kind: ShapeKind) => void;
}

export const createToolSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ToolSlice
> = (set) => ({
  tool: 'select',
  stickyColor: 'yellow',
  shapeKind: 'rectangle',
  // A half-drawn preview belongs to the tool that drew it.
  setTool: (tool) => set({ tool, draft: null }),
  setStickyColor: (stickyColor) => set({ stickyColor }),
  setShapeKind: (shapeKind) => set({ shapeKind }),
});
