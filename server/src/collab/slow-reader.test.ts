import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { createLogger } from '../log.js';
import { Connection } from './connection.js';
import type { Room } from './room.js';

const MAX_BUFFERED = 1_000;
const TRY_AGAIN_LATER = 1013;

/**
 * The socket side of a peer whose bytes pile up: the kernel's buffers are full (a laptop busy applying
 * a large board, a slow line), so what the server sends waits in `bufferedAmount`. Loopback's buffers
 * take tens of megabytes, so a real socket in a test would need a board larger than that.
 */
class BackedUpSocket {
  readonly OPEN = 1;
  readonly CONNECTING = 0;
  readyState = 1;
  bufferedAmount: number;
  closedWith: number | undefined;

  constructor(alreadyBuffered = 0) {
    this.bufferedAmount = alreadyBuffered;
  }

  send(message: Uint8Array): void {
    this.bufferedAmount += message.byteLength;
  }

  close(code: number): void {
    this.closedWith = code;
    this.readyState = 2;
  }
}

function connect(socket: BackedUpSocket): Connection {
  // Sending is all that is exercised here: the room is never reached.
  return new Connection(
    socket as unknown as WebSocket,
    { userId: 'u', name: 'Slow', role: 'participant', color: '#000000' },
    {} as Room,
    createLogger('silent'),
    { maxBufferedBytes: MAX_BUFFERED },
  );
}

const bytes = (count: number) => new Uint8Array(count);

describe('a peer whose bytes pile up', () => {
  it('is kept while the large board it was sent is on its way, and gets later edits after it', () => {
    const socket = new BackedUpSocket();
    const peer = connect(socket);
    peer.send(bytes(20_000), bytes(5_000));
    peer.send(bytes(300));
    peer.send(bytes(300));
    expect(socket.closedWith).toBeUndefined();
    expect(socket.bufferedAmount).toBe(25_600);
  });

  it('counts the board it was sent before joining its room as its largest answer', () => {
    const socket = new BackedUpSocket(50_000);
    const peer = connect(socket);
    peer.send(bytes(300));
    expect(socket.closedWith).toBeUndefined();
  });

  it('is dropped, to resync on reconnect, once it falls further behind than that', () => {
    const socket = new BackedUpSocket();
    const peer = connect(socket);
    peer.send(bytes(20_000));
    for (let i = 0; i < 10; i++) peer.send(bytes(300));
    expect(socket.closedWith).toBe(TRY_AGAIN_LATER);
    expect(socket.bufferedAmount).toBeLessThanOrEqual(20_000 + MAX_BUFFERED + 300);
  });
});
