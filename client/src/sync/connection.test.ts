import { ObservableV2 } from 'lib0/observable';
import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { ConnectionMonitor, fatalReasonFor } from './connection';

describe('fatalReasonFor', () => {
  it('maps the server’s terminal close codes to a page', () => {
    expect(fatalReasonFor(4404)).toBe('notFound');
    expect(fatalReasonFor(4401)).toBe('unauthorized');
    expect(fatalReasonFor(4500)).toBe('loadFailed');
  });

  it('lets the provider reconnect after restarts and network drops', () => {
    expect(fatalReasonFor(1012)).toBeNull();
    expect(fatalReasonFor(1006)).toBeNull();
    expect(fatalReasonFor(1000)).toBeNull();
  });
});

// The monitor only listens to provider events, so an event emitter stands in for the provider.
function fakeProvider() {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake emits the provider's untyped events
  const emitter = new ObservableV2<any>();
  return { emitter, provider: emitter as unknown as WebsocketProvider };
}

describe('ConnectionMonitor', () => {
  it('says connecting until the first connection, then offline between connections', () => {
    const { emitter, provider } = fakeProvider();
    const monitor = new ConnectionMonitor(provider);
    expect(monitor.getSnapshot()).toEqual({ status: 'connecting', synced: false, fatal: null });

    emitter.emit('connection-close', [null, provider]);
    expect(monitor.getSnapshot().status).toBe('offline');
    emitter.emit('status', [{ status: 'connecting' }]);
    expect(monitor.getSnapshot().status).toBe('offline');

    emitter.emit('status', [{ status: 'connected' }]);
    emitter.emit('sync', [true]);
    expect(monitor.getSnapshot()).toEqual({ status: 'connected', synced: true, fatal: null });

    emitter.emit('status', [{ status: 'disconnected' }]);
    expect(monitor.getSnapshot()).toEqual({ status: 'offline', synced: false, fatal: null });
  });

  it('records a terminal close and notifies only on real changes', () => {
    const { emitter, provider } = fakeProvider();
    const monitor = new ConnectionMonitor(provider);
    let notified = 0;
    monitor.subscribe(() => notified++);
    emitter.emit('status', [{ status: 'connected' }]);
    emitter.emit('status', [{ status: 'connected' }]);
    expect(notified).toBe(1);
    emitter.emit('closed', [{ code: 4500, reason: 'load failed' }, provider]);
    expect(monitor.getSnapshot().fatal).toBe('loadFailed');
    monitor.destroy();
    emitter.emit('status', [{ status: 'disconnected' }]);
    expect(monitor.getSnapshot().status).toBe('connected');
  });
});
