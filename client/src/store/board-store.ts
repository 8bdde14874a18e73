import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createDraftSlice, type DraftSlice } from './draft-slice';
import { createFacilitationSlice, type FacilitationSlice } from './facilitation-slice';
import { createPanelsSlice, type PanelsSlice } from './panels-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createToolSlice, type ToolSlice } from './tool-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createViewportSlice, type ViewportSlice } from './viewport-slice';

/** The board screen's local state: never shared, never in the document. */
export type BoardState = ToolSlice &
  ViewportSlice &
  SelectionSlice &
  UiSlice &
  DraftSlice &
  FacilitationSlice &
  PanelsSlice;

export const useBoardStore = create<BoardState>()(
  subscribeWithSelector((...args) => ({
    ...createToolSlice(...args),
    ...createViewportSlice(...args),
    ...createSelectionSlice(...args),
    ...createUiSlice(...args),
    ...createDraftSlice(...args),
    ...createFacilitationSlice(...args),
    ...createPanelsSlice(...args),
  })),
);

export type BoardStore = typeof useBoardStore;

/** Forgets the previous board's selection and view when another board opens. */
export function resetBoardState(): void {
  const initial = useBoardStore.getInitialState();
  useBoardStore.setState({
    tool: initial.tool,
    selectedIds: [],
    editingId: null,
    enteredGroupId: null,
    gesture: 'idle',
    spaceHeld: false,
    viewport: initial.viewport,
    stageSize: initial.stageSize,
    viewportTouched: false,
    draft: null,
    helpOpen: false,
    consoleOpen: false,
    releasedFollowAt: null,
    commentsOpen: false,
    outlineOpen: false,
  });
}
