import type { WebSocket } from 'ws';
import type { Prng } from '@werkplaats/shared';
import { Connection } from '../../src/collab/connection.js';
import type { RoomManager } from '../../src/collab/room-manager.js';
import type { Identity } from '../../src/identity/identity.js';
import { createLogger } from '../../src/log.js';

const OPEN = 1;
const CLOSED = 3;
const log = createLogger('silent');

export interface Faults {
  /** Each message waits 1 to 1 + `maxDelay` ticks. */
  maxDelay: number;
  /** Probability that a message arrives twice. */
  duplicate: number;
}

interface InFlight {
  deliverAt: number;
  data: Uint8Array;
}

/** The client end of a link, told what the server sends and when the server closes. */
export interface LinkEnd {
  receive(data: Uint8Array): void;
  closed(code: number): void;
}

/**
 * Stands in for the `ws` socket under the server's real `Connection`: what the server sends goes
 * into the link instead of onto a wire.
 */
class SimSocket {
  readonly OPEN = OPEN;
  readonly CONNECTING = 0;
  readyState = OPEN;
  readonly bufferedAmount = 0;
  constructor(private readonly link: Link) {}
  send(data: Uint8Array): void {
    this.link.push('down', data);
  }
  close(code: number): void {
    this.link.close(code);
  }
}

/**
 * One connection: a queue each way. A queue keeps its order, as TCP does; delay, duplication and the
 * interleaving with other connections come from the network.
 */
export class Link {
  readonly up: InFlight[] = [];
  readonly down: InFlight[] = [];
  connection: Connection | undefined;
  private readonly socket = new SimSocket(this);
  private release: (() => void) | undefined;

  constructor(
    private readonly network: SimNetwork,
    readonly end: LinkEnd,
  ) {}

  get isOpen(): boolean {
    return this.socket.readyState === OPEN;
  }

  /** Joins the room as `sync.ts` does once a socket is accepted; false when the board cannot be served. */
  async open(rooms: RoomManager, boardId: string, identity: Identity): Promise<boolean> {
    const room = await rooms.acquire(boardId).catch(() => undefined);
    if (!room) return false;
    if (!this.isOpen) {
      rooms.release(room);
      return false;
    }
    const connection = new Connection(this.socket as unknown as WebSocket, identity, room, log);
    this.connection = connection;
    this.release = () => {
      room.removePeer(connection);
      rooms.release(room);
    };
    room.addPeer(connection);
    return true;
  }

  push(direction: 'up' | 'down', data: Uint8Array): void {
    if (!this.isOpen) return;
    this.network.schedule(this, direction, data);
  }

  /** Either side closed: what is in flight is lost, and the server forgets the peer. */
  close(code: number): void {
    if (!this.isOpen) return;
    this.socket.readyState = CLOSED;
    this.up.length = 0;
    this.down.length = 0;
    this.release?.();
    this.end.closed(code);
  }
}

/** Every link between the simulated clients and the server, on one clock. */
export class SimNetwork {
  readonly links = new Set<Link>();
  private now = 0;

  constructor(
    private readonly prng: Prng,
    public faults: Faults,
  ) {}

  connect(end: LinkEnd): Link {
    const link = new Link(this, end);
    this.links.add(link);
    return link;
  }

  schedule(link: Link, direction: 'up' | 'down', data: Uint8Array): void {
    const queue = link[direction];
    const earliest = queue.at(-1)?.deliverAt ?? 0;
    const copies = this.prng.chance(this.faults.duplicate) ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const deliverAt = Math.max(earliest, this.now + 1 + this.prng.int(this.faults.maxDelay + 1));
      queue.push({ deliverAt, data });
    }
  }

  get idle(): boolean {
    for (const link of this.links) if (link.up.length > 0 || link.down.length > 0) return false;
    return true;
  }

  /**
   * Advances one tick and delivers what is due, one message at a time from a randomly chosen link
   * and direction, so connections interleave differently on every seed.
   */
  tick(): void {
    this.now++;
    for (;;) {
      const due: [Link, 'up' | 'down'][] = [];
      for (const link of this.links) {
        if (!link.isOpen) {
          this.links.delete(link);
          continue;
        }
        if ((link.up[0]?.deliverAt ?? Infinity) <= this.now) due.push([link, 'up']);
        if ((link.down[0]?.deliverAt ?? Infinity) <= this.now) due.push([link, 'down']);
      }
      if (due.length === 0) return;
      const [link, direction] = this.prng.pick(due);
      const message = link[direction].shift()!;
      if (direction === 'up') link.connection?.handleMessage(message.data);
      else link.end.receive(message.data);
    }
  }
}
