import { CLOSE_CODES, type ConnectionStatus } from '@werkplaats/shared';
import type { WebsocketProvider } from 'y-websocket';
import { Emitter } from '../lib/emitter';

/** Why the server ended the connection for good; each has its own page. */
export type FatalReason = 'notFound' | 'loadFailed' | 'unauthorized';

export interface ConnectionSnapshot {
  status: ConnectionStatus;
  /** The initial exchange with the server completed on the current connection. */
  synced: boolean;
  fatal: FatalReason | null;
}

/** The close codes after which reconnecting cannot help. */
export function fatalReasonFor(code: number): FatalReason | null {
  if (code === CLOSE_CODES.notFound) return 'notFound';
  if (code === CLOSE_CODES.unauthorized) return 'unauthorized';
  // 4500 and the rest of 44xx/45xx: the server refused to serve this board; retrying would hammer it.
  if (code >= 4400 && code < 4600) return 'loadFailed';
  return null;
}

/**
 * Follows a provider's connection. Before the first connection the indicator says "connecting"; once a
 * connection has been lost it says "offline" until the next one opens, rather than flickering through
 * "connecting" on every retry.
 */
export class ConnectionMonitor {
  private snapshot: ConnectionSnapshot = { status: 'connecting', synced: false, fatal: null };
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;

  constructor(private readonly provider: WebsocketProvider) {
    provider.on('status', this.onStatus);
    provider.on('connection-close', this.onClose);
    provider.on('sync', this.onSync);
    provider.on('closed', this.onClosed);
  }

  readonly getSnapshot = (): ConnectionSnapshot => this.snapshot;

  destroy(): void {
    this.provider.off('status', this.onStatus);
    this.provider.off('connection-close', this.onClose);
    this.provider.off('sync', this.onSync);
    this.provider.off('closed', this.onClosed);
  }

  private set(patch: Partial<ConnectionSnapshot>): void {
    const next = { ...this.snapshot, ...patch };
    if (
      next.status === this.snapshot.status &&
      next.synced === this.snapshot.synced &&
      next.fatal === this.snapshot.fatal
    ) {
      return;
    }
    this.snapshot = next;
    this.changed.emit();
  }

  private readonly onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    if (status === 'connected') this.set({ status: 'connected' });
    else if (status === 'disconnected') this.set({ status: 'offline', synced: false });
  };

  private readonly onClose = (): void => {
    this.set({ status: 'offline', synced: false });
  };

  private readonly onSync = (synced: boolean): void => {
    this.set({ synced });
  };

  private readonly onClosed = ({ code }: { code: number }): void => {
    this.set({ fatal: fatalReasonFor(code) ?? 'loadFailed' });
  };
}
