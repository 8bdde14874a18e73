import type { MessageKey } from '@werkplaats/shared';
import type { StateCreator } from 'zustand';
import type { BoardState } from './board-store';

export interface Toast {
  id: number;
  key: MessageKey;
  vars?: Record<string, string | number>;
}

/** What the pointer is doing right now; floating UI steps aside while something moves. */
export type Gesture = 'idle' | 'panning' | 'dragging' | 'transforming';

export interface UiSlice {
  toasts: readonly Toast[];
  gesture: Gesture;
  /** Space is held: the pointer pans, whatever is under it. */
  spaceHeld: boolean;
  showToast: (key: MessageKey, vars?: Record<string, string | number>) => void;
  dismissToast: (id: number) => void;
  setGesture: (gesture: Gesture) => void;
  setSpaceHeld: (held: boolean) => void;
}

const TOAST_MS = 7000;
let nextToastId = 1;

export const createUiSlice: StateCreator<
  BoardState,
  [['zustand/subscribeWithSelector', never]],
  [],
  UiSlice
> = (set, get) => ({
  toasts: [],
  gesture: 'idle',
  spaceHeld: false,
  showToast: (key, vars) => {
    const id = nextToastId++;
    set({ toasts: [...get().toasts, { id, key, vars }] });
    setTimeout(() => get().dismissToast(id), TOAST_MS);
  },
  dismissToast: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
  setGesture: (gesture) => set({ gesture }),
  setSpaceHeld: (spaceHeld) => set({ spaceHeld }),
});
