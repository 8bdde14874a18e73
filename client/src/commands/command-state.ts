import { useShallow } from 'zustand/react/shallow';
import { useBoardStore, type BoardState } from '../store/board-store';
import { useUndoState } from '../sync/hooks';
import type { CommandContext, CommandState } from './types';

function fromStore(state: BoardState) {
  return {
    tool: state.tool,
    shapeKind: state.shapeKind,
    selectionCount: state.selectedIds.length,
    editing: state.editingId !== null,
  };
}

/** The command state right now, for key presses. */
export function readCommandState({ session, store }: CommandContext): CommandState {
  return {
    ...fromStore(store.getState()),
    ...session.undo.getSnapshot(),
    readOnly: session.readOnly,
    facilitator: session.facilitator,
  };
}

/** The command state as React state, for buttons that show it. */
export function useCommandState(readOnly: boolean, facilitator: boolean): CommandState {
  const local = useBoardStore(useShallow(fromStore));
  const undo = useUndoState();
  return { ...local, ...undo, readOnly, facilitator };
}
