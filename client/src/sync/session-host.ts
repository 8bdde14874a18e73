import * as Y from 'yjs';
import { Emitter } from '../lib/emitter';
import { BoardSession, type SessionOptions } from './board-session';
import { recoverUnsynced, type RecoveryReport } from './recover-unsynced';

export interface SessionHostEvents {
  /** The server refused a change; `reason` is its refusal reason. */
  onRefused: (reason: string) => void;
  /** After the fresh copy synced: what of the unsynced local work was put back, and what was left out. */
  onRecovered: (report: RecoveryReport) => void;
}

/**
 * Owns the current `BoardSession` and replaces it when the server refuses an update. The server will
 * never take anything more from the refused copy's Yjs client id, so that copy is dropped and the
 * server's state taken afresh: the refused change snaps back. Work in the dropped copy that the
 * server never received (notes typed offline, later moves) is not lost silently: once the fresh copy
 * has synced, `recoverUnsynced` puts it back as new changes, leaving out what the person may not do
 * (changes to locked items), and `onRecovered` reports both counts.
 */
export class SessionHost {
  private session: BoardSession | null = null;
  private running = false;
  private resyncing = false;
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;

  constructor(
    private readonly options: SessionOptions,
    private readonly events: SessionHostEvents,
  ) {}

  readonly getSnapshot = (): BoardSession | null => this.session;

  start(): void {
    if (this.running) return;
    this.running = true;
    this.session = this.open();
    this.changed.emit();
  }

  stop(): void {
    this.running = false;
    void this.session?.destroy();
    this.session = null;
    this.changed.emit();
  }

  private open(): BoardSession {
    return new BoardSession(this.options, (reason) => void this.resync(reason));
  }

  private async resync(reason: string): Promise<void> {
    const refused = this.session;
    if (this.resyncing || !refused) return;
    this.resyncing = true;
    this.events.onRefused(reason);
    // Kept outside the session: its doc is destroyed with it.
    const stale = new Y.Doc();
    Y.applyUpdate(stale, Y.encodeStateAsUpdate(refused.doc));
    try {
      await refused.discardLocalCopy();
    } catch {
      // Storage refused to clear (blocked or unavailable); the server's state still wins on sync.
    } finally {
      this.resyncing = false;
    }
    if (!this.running || this.session !== refused) {
      stale.destroy();
      return;
    }
    const fresh = this.open();
    this.session = fresh;
    this.changed.emit();
    this.recoverWhenSynced(fresh, stale);
  }

  private recoverWhenSynced(fresh: BoardSession, stale: Y.Doc): void {
    const attempt = () => {
      if (this.session !== fresh) {
        unsubscribe();
        stale.destroy();
        return;
      }
      if (!fresh.connection.getSnapshot().synced) return;
      unsubscribe();
      const report = recoverUnsynced(stale, fresh.doc, {
        facilitator: fresh.facilitator,
        origin: fresh.origin,
      });
      fresh.undo.endStep();
      stale.destroy();
      this.events.onRecovered(report);
    };
    const unsubscribe = fresh.connection.subscribe(attempt);
    attempt();
  }
}
