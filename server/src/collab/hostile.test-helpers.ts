import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** V8's collector, reachable without restarting the test worker with `--expose-gc`. */
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The longest the event loop was held while `watch` ran, in ms. A 5 ms timer measures each gap between
 * its ticks in wall time and in this process's CPU time, and a gap counts with the smaller of the two:
 * on a shared machine the process can wait for a core for 100 ms without running any code of ours,
 * which is the scheduler's doing, not a stall.
 */
export function watchEventLoop(): { stop(): number } {
  let wall = performance.now();
  let cpu = process.cpuUsage();
  let longest = 0;
  const tick = () => {
    const nowWall = performance.now();
    const used = process.cpuUsage(cpu);
    longest = Math.max(longest, Math.min(nowWall - wall, (used.user + used.system) / 1000));
    wall = nowWall;
    cpu = process.cpuUsage();
  };
  const timer = setInterval(tick, 5);
  return {
    stop() {
      tick();
      clearInterval(timer);
      return longest;
    },
  };
}

/** What this process still holds after a full collection, in bytes: the JS heap and buffers outside it. */
export function heldBytes(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/**
 * A WebSocket opened by hand, for frames `ws` would never send (a header claiming a gigabyte). Resolves
 * with the socket once the server answered 101; `closeCode` resolves with the code of the server's
 * close frame, or undefined when the connection ended without one.
 */
export async function handOpenedSocket(
  port: number,
  boardId: string,
  cookie: string,
  deflate: boolean,
): Promise<{ socket: Socket; closeCode: Promise<number | undefined> }> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  socket.write(
    `GET /sync/${boardId} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
      (deflate ? 'Sec-WebSocket-Extensions: permessage-deflate\r\n' : '') +
      `Cookie: ${cookie}\r\n\r\n`,
  );
  let received = Buffer.alloc(0);
  let headerEnd = -1;
  const closeCode = new Promise<number | undefined>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (headerEnd < 0) headerEnd = received.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      // Server frames are unmasked; a close frame is opcode 8 with the code in its first two bytes.
      let at = headerEnd + 4;
      while (at + 2 <= received.length) {
        const opcode = received[at]! & 0x0f;
        let length = received[at + 1]! & 0x7f;
        let start = at + 2;
        if (length === 126) {
          length = received.readUInt16BE(at + 2);
          start += 2;
        } else if (length === 127) {
          length = Number(received.readBigUInt64BE(at + 2));
          start += 8;
        }
        if (start + length > received.length) return;
        if (opcode === 8) resolve(received.readUInt16BE(start));
        at = start + length;
      }
    });
    socket.on('close', () => resolve(undefined));
  });
  await new Promise<void>((resolve) => {
    const check = () => {
      if (received.includes('\r\n\r\n')) {
        socket.off('data', check);
        resolve();
      }
    };
    socket.on('data', check);
  });
  if (!received.toString('latin1').startsWith('HTTP/1.1 101')) throw new Error('upgrade refused');
  return { socket, closeCode };
}

/** The header of a masked binary frame declaring `length` bytes; `compressed` sets RSV1. */
export function frameHeader(length: number, compressed: boolean): { header: Buffer; mask: Buffer } {
  const mask = randomBytes(4);
  const header = Buffer.alloc(14);
  header[0] = 0x82 | (compressed ? 0x40 : 0);
  header[1] = 0x80 | 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  mask.copy(header, 10);
  return { header, mask };
}

export function masked(payload: Buffer, mask: Buffer): Buffer {
  const out = Buffer.from(payload);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! ^ mask[i % 4]!;
  return out;
}

/** A small seeded generator (mulberry32), so a failing fuzz run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
