import { getContainer, readSessionState, type SessionState } from '@werkplaats/shared';
import type * as Y from 'yjs';
import { Emitter } from '../lib/emitter';

/**
 * The board's facilitation state (run-sheet, current step, timer, follow) as one snapshot that changes
 * only when the `session` container does, for `useSyncExternalStore`.
 */
export class FacilitationState {
  private snapshot: SessionState;
  private readonly session: Y.Map<unknown>;
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;

  constructor(private readonly doc: Y.Doc) {
    this.session = getContainer(doc, 'session');
    this.snapshot = readSessionState(doc);
    this.session.observe(this.refresh);
  }

  readonly getSnapshot = (): SessionState => this.snapshot;

  destroy(): void {
    this.session.unobserve(this.refresh);
  }

  private readonly refresh = (): void => {
    this.snapshot = readSessionState(this.doc);
    this.changed.emit();
  };
}
