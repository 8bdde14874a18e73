import type { BoardPoint, BoardRect, ShapeKind } from '@werkplaats/shared';
import type { StateCreator } from 'zustand';
import type { BoardState } from './board-store';

/**
 * What a tool is drawing before it becomes an item: the marquee, a shape or frame being sized, a pen
 * stroke, a connector being pulled. Local only; it reaches the document when the pointer lifts.
 */
export type Draft =
  | { kind: 'marquee'; rect: BoardRect }
  | { kind: 'box'; item: 'shape' | 'frame'; shape: ShapeKind; rect: BoardRect }
  | { kind: 'pen'; points: readonly number[] }
  | { kind: 'connector'; start: BoardPoint; end: BoardPoint; targetId: string | null };

export interface DraftSlice {
  draft: Draft | null;
  /** Whether the help dialog listing the shortcuts is open. */
  helpOpen: boolean;
  setDraft: (draft: Draft | null) => void;
  setHelpOpen: (open: boolean) => void;
}

export const createDraftSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  DraftSlice
> = (set) => ({
  draft: null,
  helpOpen: false,
  setDraft: (draft) => set({ draft }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
});
