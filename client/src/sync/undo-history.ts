import type { Origin } from '@werkplaats/shared';
import * as Y from 'yjs';
import { Emitter } from '../lib/emitter';

export interface UndoSnapshot {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo and redo of this person's own edits. The manager tracks only this session's origin, so undo
 * never reverts what someone else did, even when they edited the same note in between.
 */
export class UndoHistory {
  readonly manager: Y.UndoManager;
  private snapshot: UndoSnapshot = { canUndo: false, canRedo: false };
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;

  constructor(scope: Y.Map<Y.Map<unknown>>, origin: Origin) {
    // 400 ms groups a burst (a drag, a run of keystrokes) into one step without merging separate actions.
    this.manager = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 400 });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
      this.manager.on(event, this.refresh);
    }
  }

  readonly getSnapshot = (): UndoSnapshot => this.snapshot;

  undo(): void {
    this.manager.undo();
  }

  redo(): void {
    this.manager.redo();
  }

  /** Ends the current undo step, so the next edit starts a new one. */
  endStep(): void {
    this.manager.stopCapturing();
  }

  destroy(): void {
    this.manager.destroy();
  }

  private readonly refresh = (): void => {
    const next = { canUndo: this.manager.canUndo(), canRedo: this.manager.canRedo() };
    if (next.canUndo === this.snapshot.canUndo && next.canRedo === this.snapshot.canRedo) return;
    this.snapshot = next;
    this.changed.emit();
  };
}
