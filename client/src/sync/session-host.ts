import { Emitter } from '../lib/emitter';
import { BoardSession, type SessionOptions } from './board-session';

/**
 * Owns the current `BoardSession` and replaces it when the server refuses an update: the refused
 * change exists only in this browser, so the honest recovery is to drop the local copy and take the
 * server's state afresh. React reads the current session through `subscribe`/`getSnapshot`.
 */
export class SessionHost {
  private session: BoardSession | null = null;
  private running = false;
  private resyncing = false;
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;

  constructor(
    private readonly options: SessionOptions,
    private readonly onRefused: (reason: string) => void,
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
    this.onRefused(reason);
    try {
      await refused.discardLocalCopy();
    } catch {
      // Storage refused to clear (blocked or unavailable); the server's state still wins on sync.
    } finally {
      this.resyncing = false;
    }
    if (!this.running || this.session !== refused) return;
    this.session = this.open();
    this.changed.emit();
  }
}
