import * as Y from 'yjs';
import { connectionOrigin, type Origin } from '../doc/origins.js';
import type { Prng } from './prng.js';

/** Origin of updates that arrive over the (simulated) wire; they are never sent on again. */
export const WIRE_ORIGIN: Origin = connectionOrigin('sim-wire');

/**
 * The y-protocols sync step both ways: each side sends its state vector and receives exactly what it
 * lacks, which is how a reconnecting client catches up whatever it missed.
 */
export function syncPair(a: Y.Doc, b: Y.Doc, origin: Origin = WIRE_ORIGIN): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, origin);
  Y.applyUpdate(a, toA, origin);
}

/** Forwards every local update of `a` to `b` and back, as two clients on a perfect connection. */
export function linkDocs(a: Y.Doc, b: Y.Doc, origin: Origin = WIRE_ORIGIN): () => void {
  const forward = (to: Y.Doc) => (update: Uint8Array, from: unknown) => {
    if (from !== origin) Y.applyUpdate(to, update, origin);
  };
  const aToB = forward(b);
  const bToA = forward(a);
  a.on('update', aToB);
  b.on('update', bToA);
  return () => {
    a.off('update', aToB);
    b.off('update', bToA);
  };
}

export interface NetworkFaults {
  /** Probability that one message to one peer is lost. */
  drop: number;
  /** Probability that a message is delivered twice. */
  duplicate: number;
  /** Messages arrive after 0 to `maxDelay` ticks, so later updates can overtake earlier ones. */
  maxDelay: number;
}

interface Message {
  to: number;
  update: Uint8Array;
  deliverAt: number;
}

/**
 * A mesh of peers exchanging Yjs updates over an unreliable network: every local update is broadcast
 * to the online peers with random delay, reordering, duplication and loss. Peers can go offline (they
 * keep editing, and miss what is sent to them); reconnecting runs a full state-vector sync with every
 * online peer, which is what repairs lost messages.
 */
export class SimNetwork {
  private readonly online: boolean[];
  private queue: Message[] = [];
  private now = 0;

  constructor(
    readonly docs: readonly Y.Doc[],
    private readonly prng: Prng,
    private readonly faults: NetworkFaults,
  ) {
    this.online = docs.map(() => true);
    docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== WIRE_ORIGIN) this.broadcast(from, update);
      });
    });
  }

  isOnline(peer: number): boolean {
    return this.online[peer]!;
  }

  private broadcast(from: number, update: Uint8Array): void {
    if (!this.online[from]) return;
    for (let to = 0; to < this.docs.length; to++) {
      if (to === from || !this.online[to] || this.prng.chance(this.faults.drop)) continue;
      const copies = this.prng.chance(this.faults.duplicate) ? 2 : 1;
      for (let i = 0; i < copies; i++) {
        this.queue.push({ to, update, deliverAt: this.now + this.prng.int(this.faults.maxDelay + 1) });
      }
    }
  }

  /** Advances time by one tick and delivers what is due, in random order. */
  tick(): void {
    this.now++;
    const due = this.queue.filter((message) => message.deliverAt <= this.now);
    this.queue = this.queue.filter((message) => message.deliverAt > this.now);
    while (due.length > 0) {
      const [message] = due.splice(this.prng.int(due.length), 1);
      // A peer that went offline meanwhile never receives it; the reconnect sync makes up for it.
      if (message && this.online[message.to]) {
        Y.applyUpdate(this.docs[message.to]!, message.update, WIRE_ORIGIN);
      }
    }
  }

  disconnect(peer: number): void {
    this.online[peer] = false;
  }

  reconnect(peer: number): void {
    if (this.online[peer]) return;
    this.online[peer] = true;
    for (let other = 0; other < this.docs.length; other++) {
      if (other !== peer && this.online[other]) syncPair(this.docs[peer]!, this.docs[other]!);
    }
  }

  /** Brings everyone online, delivers what is in flight, then syncs every peer through peer 0. */
  settle(): void {
    for (let peer = 0; peer < this.docs.length; peer++) this.reconnect(peer);
    while (this.queue.length > 0) this.tick();
    const hub = this.docs[0]!;
    for (const doc of this.docs.slice(1)) syncPair(hub, doc);
    for (const doc of this.docs.slice(1)) syncPair(hub, doc);
  }
}
