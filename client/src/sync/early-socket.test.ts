import {
  createBoardDoc,
  createItems,
  createLocalOrigin,
  getItemsMap,
  MESSAGE_SYNC,
} from '@werkplaats/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { EarlyOrNewWebSocket, openEarlySocket, releaseEarlySocket } from './early-socket';

const SERVER_URL = 'ws://werkplaats.test/sync';
const BOARD_URL = `${SERVER_URL}/board`;

/** The browser's WebSocket as far as a sync client uses it; the test plays the network. */
class FakeSocket {
  static made: FakeSocket[] = [];
  readyState = 0;
  binaryType = 'blob';
  readonly sent: Uint8Array[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }

  send(data: Uint8Array): void {
    this.sent.push(new Uint8Array(data));
  }

  close(): void {
    this.readyState = 3;
  }

  // The network's side.
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  receive(message: Uint8Array): void {
    this.onmessage?.({ data: message.slice().buffer });
  }

  closeFromServer(code: number): void {
    this.readyState = 3;
    this.onclose?.({ code, reason: 'test' });
  }
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The type of a sync message a client sent (0 = step 1, 1 = step 2), and its payload. */
function readSent(message: Uint8Array): { kind: number; type: number; payload: Uint8Array } {
  const decoder = decoding.createDecoder(message);
  const kind = decoding.readVarUint(decoder);
  const type = kind === MESSAGE_SYNC ? decoding.readVarUint(decoder) : -1;
  return { kind, type, payload: kind === MESSAGE_SYNC ? decoding.readVarUint8Array(decoder) : message };
}

function serverBoard(): Y.Doc {
  const doc = createBoardDoc();
  createItems(
    doc,
    [
      { id: 'a', type: 'sticky', x: 0, y: 0, text: 'from the server' },
      { id: 'b', type: 'sticky', x: 300, y: 0, text: 'and another' },
    ],
    { userId: 'u0', name: 'Fien' },
    createLocalOrigin('u0'),
  );
  return doc;
}

function client() {
  const doc = createBoardDoc();
  const provider = new WebsocketProvider(SERVER_URL, 'board', doc, {
    WebSocketPolyfill: EarlyOrNewWebSocket,
  });
  const events: string[] = [];
  provider.on('status', ({ status }) => events.push(status));
  provider.on('sync', (synced: boolean) => events.push(synced ? 'synced' : 'unsynced'));
  return { doc, provider, events };
}

beforeEach(() => {
  FakeSocket.made = [];
  vi.stubGlobal('WebSocket', FakeSocket);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the early sync socket', () => {
  it('asks for the whole board on open, and hands the sync client what came before it started', () => {
    const server = serverBoard();
    openEarlySocket(BOARD_URL, true);
    const socket = FakeSocket.made[0]!;
    socket.open();
    expect(socket.sent.map(readSent)).toEqual([
      { kind: MESSAGE_SYNC, type: 0, payload: new Uint8Array([0]) },
    ]);
    socket.receive(syncMessage((e) => syncProtocol.writeSyncStep1(e, server)));
    socket.receive(syncMessage((e) => syncProtocol.writeSyncStep2(e, server, new Uint8Array([0]))));

    const { doc, provider, events } = client();
    expect(FakeSocket.made).toHaveLength(1);
    // Held until released, so everything that handles them is in place first.
    expect(getItemsMap(doc).size).toBe(0);
    releaseEarlySocket(provider.ws);

    expect([...getItemsMap(doc).keys()].sort()).toEqual(['a', 'b']);
    // Synced from the early answer first; only then connected, so y-websocket's own step 1 carries
    // the whole board's state vector and the server answers with nothing but what is newer.
    expect(events).toEqual(['synced', 'connected']);
    const sent = socket.sent.slice(1).map(readSent);
    const step1 = sent.find((message) => message.kind === MESSAGE_SYNC && message.type === 0);
    expect(step1?.payload).toEqual(Y.encodeStateVector(doc));
    provider.destroy();
  });

  it('holds back "connected" until the answer arrives when the sync client starts first', () => {
    const server = serverBoard();
    openEarlySocket(BOARD_URL, true);
    const { doc, provider, events } = client();
    releaseEarlySocket(provider.ws);
    const socket = FakeSocket.made[0]!;
    socket.open();
    expect(events).toEqual([]);
    expect(socket.sent.map(readSent)).toEqual([
      { kind: MESSAGE_SYNC, type: 0, payload: new Uint8Array([0]) },
    ]);

    socket.receive(syncMessage((e) => syncProtocol.writeSyncStep2(e, server, new Uint8Array([0]))));
    expect(events).toEqual(['synced', 'connected']);
    expect(getItemsMap(doc).size).toBe(2);
    provider.destroy();
  });

  it('leaves the asking to the sync client when the local copy holds the board', () => {
    openEarlySocket(BOARD_URL, false);
    const socket = FakeSocket.made[0]!;
    socket.open();
    expect(socket.sent).toEqual([]);
    const { doc, provider, events } = client();
    releaseEarlySocket(provider.ws);
    // Connected at once; its own step 1 carries the state vector of what the document holds.
    expect(events).toEqual(['connected']);
    const step1 = readSent(socket.sent[0]!);
    expect(step1).toEqual({ kind: MESSAGE_SYNC, type: 0, payload: Y.encodeStateVector(doc) });
    provider.destroy();
  });

  it('passes on a refusal that came before the sync client started', () => {
    openEarlySocket(BOARD_URL, true);
    FakeSocket.made[0]!.closeFromServer(4404);
    const { provider } = client();
    const closed: number[] = [];
    provider.on('closed', ({ code }) => closed.push(code));
    releaseEarlySocket(provider.ws);
    expect(closed).toEqual([4404]);
    expect(provider.shouldConnect).toBe(false);
    provider.destroy();
  });

  it('is handed out once: a reconnect or another board gets a socket of its own', () => {
    openEarlySocket(BOARD_URL, true);
    const first = client();
    const second = client();
    const other = new WebsocketProvider(SERVER_URL, 'other', createBoardDoc(), {
      WebSocketPolyfill: EarlyOrNewWebSocket,
    });
    expect(FakeSocket.made.map((socket) => socket.url)).toEqual([
      BOARD_URL,
      BOARD_URL,
      `${SERVER_URL}/other`,
    ]);
    for (const provider of [first.provider, second.provider, other]) provider.destroy();
  });

  it('closes a socket nobody claims', () => {
    vi.useFakeTimers();
    openEarlySocket(BOARD_URL, true);
    const socket = FakeSocket.made[0]!;
    socket.open();
    vi.advanceTimersByTime(30_000);
    expect(socket.readyState).toBe(3);
  });
});
