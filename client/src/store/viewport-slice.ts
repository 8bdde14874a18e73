import type { StateCreator } from 'zustand';
import { centredViewport, type Size, type Viewport } from '../canvas/viewport';
import type { BoardState } from './board-store';

export interface ViewportSlice {
  viewport: Viewport;
  stageSize: Size;
  /** Whether the person has panned or zoomed yet; until then a first sync may frame the content. */
  viewportTouched: boolean;
  setViewport: (viewport: Viewport, options?: { byUser?: boolean }) => void;
  setStageSize: (size: Size) => void;
}

export const createViewportSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ViewportSlice
> = (set, get) => ({
  viewport: { x: 0, y: 0, scale: 1 },
  stageSize: { width: 0, height: 0 },
  viewportTouched: false,
  setViewport: (viewport, options) =>
    set({ viewport, viewportTouched: get().viewportTouched || (options?.byUser ?? true) }),
  setStageSize: (size) => {
    const { stageSize, viewport } = get();
    if (size.width === stageSize.width && size.height === stageSize.height) return;
    // The first measurement puts the board's origin in the middle of the window.
    if (stageSize.width === 0 && stageSize.height === 0) {
      set({ stageSize: size, viewport: centredViewport(size) });
      return;
    }
    // Keep what was in the middle in the middle as the window resizes.
    set({
      stageSize: size,
      viewport: {
        ...viewport,
        x: viewport.x + (size.width - stageSize.width) / 2,
        y: viewport.y + (size.height - stageSize.height) / 2,
      },
    });
  },
});
