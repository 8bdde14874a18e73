import type { StateCreator } from 'zustand';
import type { BoardState } from './board-store';

export interface SelectionSlice {
  selectedIds: readonly string[];
  /** The note whose text is open in the editor, if any. */
  editingId: string | null;
  /** The group a double click went into: its items are then picked one by one. */
  enteredGroupId: string | null;
  select: (ids: readonly string[]) => void;
  toggleSelected: (id: string) => void;
  clearSelection: () => void;
  startEditing: (id: string) => void;
  stopEditing: () => void;
  /** Goes into a group, selecting `id` in it (null leaves the group entered, if any). */
  enterGroup: (groupId: string | null, id?: string) => void;
  /** Drops ids that no longer exist (deleted here or by someone else, or undone). */
  pruneSelection: (exists: (id: string) => boolean) => void;
}

export const createSelectionSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  SelectionSlice
> = (set, get) => ({
  selectedIds: [],
  editingId: null,
  enteredGroupId: null,
  select: (ids) => set({ selectedIds: [...new Set(ids)] }),
  toggleSelected: (id) => {
    const { selectedIds } = get();
    set({
      selectedIds: selectedIds.includes(id) ? selectedIds.filter((s) => s !== id) : [...selectedIds, id],
    });
  },
  clearSelection: () => set({ selectedIds: [], editingId: null, enteredGroupId: null }),
  startEditing: (id) => set({ selectedIds: [id], editingId: id }),
  stopEditing: () => set({ editingId: null }),
  enterGroup: (enteredGroupId, id) =>
    set(id === undefined ? { enteredGroupId } : { enteredGroupId, selectedIds: [id], editingId: null }),
  pruneSelection: (exists) => {
    const { selectedIds, editingId } = get();
    const kept = selectedIds.filter(exists);
    const editing = editingId !== null && exists(editingId) ? editingId : null;
    if (kept.length !== selectedIds.length || editing !== editingId)
      set({ selectedIds: kept, editingId: editing });
  },
});
