import { MESSAGE_SYNC } from '@werkplaats/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';

type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/** Longest wait before the local copy takes the synced state, should the page get no frames (a hidden tab). */
const STORE_DEADLINE_MS = 1_000;

/**
 * Applies the sync messages up to the first completed sync with `listeners` taken off the document's
 * `update` event, then calls `onSynced` with the updates applied meanwhile, as they came. While a
 * document has any `update` listener, Yjs encodes every transaction's changes again for it; for a
 * joining person's first sync that is the whole board (megabytes at thousands of items). The listeners
 * are back before the provider reports the sync, so nothing written in answer to it is missed.
 */
export function silenceFirstSync(
  provider: WebsocketProvider,
  listeners: readonly UpdateListener[],
  onSynced: (applied: Uint8Array[]) => void,
): void {
  const { doc } = provider;
  const handleSync = provider.messageHandlers[MESSAGE_SYNC]!;
  const applied: Uint8Array[] = [];
  // y-websocket's own sync handler, with the document changed between taking the listeners off and
  // putting them back.
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, current, emitSynced) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep1) {
      // A copy: the view would keep the whole received message alive.
      applied.push(decoding.readVarUint8Array(peek).slice());
    }
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    for (const listener of listeners) doc.off('update', listener);
    let messageType: number;
    try {
      messageType = syncProtocol.readSyncMessage(decoder, encoder, doc, current);
    } finally {
      for (const listener of listeners) doc.on('update', listener);
    }
    if (!emitSynced || messageType !== syncProtocol.messageYjsSyncStep2 || current.synced) return;
    provider.messageHandlers[MESSAGE_SYNC] = handleSync;
    current.synced = true;
    onSynced(applied);
  };
}

/**
 * The first sync of a session, without the sync client's and the local copy's `update` listeners:
 * the sync client skips changes that came from the server anyway, and the local copy takes the
 * server's answer as it came (no encoding of the whole board), right after the board is first drawn,
 * then calls `onStored`. Returns a function that cancels that write (for when the session ends first).
 */
export function quietFirstSync(
  provider: WebsocketProvider,
  persistence: IndexeddbPersistence,
  onStored: () => void,
): () => void {
  let cancelled = false;
  let pending: Uint8Array[] | null = null;
  const store = () => {
    const updates = pending;
    pending = null;
    if (!updates) return;
    // Added once the local copy has loaded what it held: its store is open then.
    void persistence.whenSynced.then(() => {
      if (cancelled) return;
      for (const update of updates) persistence._storeUpdate(update, provider);
      onStored();
    });
  };
  silenceFirstSync(provider, [provider._updateHandler, persistence._storeUpdate], (applied) => {
    pending = applied;
    requestAnimationFrame(() => setTimeout(store, 0));
    setTimeout(store, STORE_DEADLINE_MS);
  });
  return () => {
    cancelled = true;
    pending = null;
  };
}
