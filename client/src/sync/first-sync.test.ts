import {
  createBoardDoc,
  createItem,
  createItems,
  createLocalOrigin,
  getItemsMap,
  MESSAGE_SYNC,
} from '@werkplaats/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { silenceFirstSync } from './first-sync';

const author = { userId: 'u1', name: 'Ana' };

/** A sync message as the server sends it: step 1 (its state vector) or step 2 (what `doc` lacks). */
function serverMessage(server: Y.Doc, step: 1 | 2, doc: Y.Doc): decoding.Decoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  if (step === 1) syncProtocol.writeSyncStep1(encoder, server);
  else syncProtocol.writeSyncStep2(encoder, server, Y.encodeStateVector(doc));
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  decoding.readVarUint(decoder);
  return decoder;
}

function setup() {
  const server = createBoardDoc();
  createItems(
    server,
    [{ id: 'a', type: 'sticky', x: 0, y: 0, text: 'from the server' }],
    author,
    createLocalOrigin('u0'),
  );
  const doc = createBoardDoc();
  // Never connected (the test hands it the server's messages itself), so no socket class is needed.
  const provider = new WebsocketProvider('ws://localhost:1', 'board', doc, {
    connect: false,
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  });
  const heard: string[] = [];
  const listener = () => heard.push(provider.synced ? 'after sync' : 'before sync');
  doc.on('update', listener);
  const synced: boolean[] = [];
  const applied: Uint8Array[] = [];
  silenceFirstSync(provider, [listener], (updates) => {
    synced.push(provider.synced);
    applied.push(...updates);
  });
  const receive = (step: 1 | 2) =>
    provider.messageHandlers[MESSAGE_SYNC]!(
      encoding.createEncoder(),
      serverMessage(server, step, doc),
      provider,
      true,
      MESSAGE_SYNC,
    );
  return { server, doc, provider, heard, synced, applied, receive };
}

describe('silenceFirstSync', () => {
  it('applies the first sync without the listeners, which hear every later change', () => {
    const { server, doc, provider, heard, synced, applied, receive } = setup();
    receive(1);
    expect(synced).toEqual([]);
    receive(2);
    expect(getItemsMap(doc).has('a')).toBe(true);
    expect(heard).toEqual([]);
    expect(synced).toEqual([true]);
    // What was applied, as it came: enough for the local copy to hold the same board.
    const copy = createBoardDoc();
    for (const update of applied) Y.applyUpdate(copy, update);
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));

    createItem(doc, { type: 'sticky', x: 10, y: 0 }, author, createLocalOrigin('u1'));
    expect(heard).toEqual(['after sync']);
    // Later syncs (after a reconnect) go through y-websocket's own handler, listeners and all.
    createItem(server, { type: 'sticky', x: 20, y: 0 }, author, createLocalOrigin('u0'));
    receive(2);
    expect(heard).toEqual(['after sync', 'after sync']);
    expect(getItemsMap(doc).size).toBe(3);
    expect(synced).toEqual([true]);
    provider.destroy();
  });

  it('answers the server’s step 1 as y-websocket does, with what the server lacks', () => {
    const { server, doc, provider, receive } = setup();
    createItem(doc, { id: 'mine', type: 'sticky', x: 0, y: 0 }, author, createLocalOrigin('u1'));
    const encoder = encoding.createEncoder();
    provider.messageHandlers[MESSAGE_SYNC]!(
      encoder,
      serverMessage(server, 1, doc),
      provider,
      true,
      MESSAGE_SYNC,
    );
    const reply = decoding.createDecoder(encoding.toUint8Array(encoder));
    expect(decoding.readVarUint(reply)).toBe(MESSAGE_SYNC);
    syncProtocol.readSyncMessage(reply, encoding.createEncoder(), server, 'client');
    expect(getItemsMap(server).has('mine')).toBe(true);
    receive(2);
    provider.destroy();
  });
});
