import type { Histogram } from 'hdr-histogram-js';
import { createBoardDoc, createItem, createLocalOrigin, moveItems } from '@werkplaats/shared';
import { createLatencyHistogram, recordMs, summarize, type LatencySummary } from '../lib/histogram.js';
import { seededRandom } from '../lib/random.js';
import { sleep } from '../lib/sleep.js';
import type { Target } from '../servers/launch.js';
import { BenchClient } from './client.js';
import { Pacer } from './pacer.js';
import { clientOfKey, keyOf, UpdateRanges, type ClockRange } from './wire.js';

export interface EditLoadConfig {
  target: Target;
  /** Clients are spread evenly over these boards (client i on board i mod their number). */
  boardIds: string[];
  /** In all, over every board; a multiple of the number of boards. */
  clients: number;
  /** Item moves per second per client (shared's `moveItems`, one note each). */
  movesPerSecond: number;
  /**
   * Each writer's moves for this many seconds are made before the load starts (by the same `moveItems`,
   * into the same document) and sent on schedule from then on; moves beyond them are made live. Making
   * 21,000 Yjs updates a second would take most of the load generator's core.
   */
  preparedSeconds?: number;
  /** Cursor updates per second per client (awareness); 0 for none. */
  cursorHz: number;
  /**
   * How many clients time the cursors they receive (all when unset). The others only take their
   * messages: with 300 clients, reading every cursor at every client would measure the load generator.
   */
  cursorObservers?: number;
  /** New clients that join one by one during the window, timed from opening the socket to synced. */
  joinProbes?: number;
}

export interface EditLoadResult {
  clients: number;
  windowSeconds: number;
  /** Writer's update event to a reader's receipt of the server's broadcast, every writer × reader. */
  edits: LatencySummary;
  cursors: LatencySummary | null;
  /** Clients joining during the window: socket opened to sync step 2 applied. */
  joins: LatencySummary | null;
  /** The initial clients' joins, one after another before the load started. */
  initialJoins: LatencySummary;
  offeredPerSecond: number;
  sentPerSecond: number;
  /** Updates whose fan-out to every other client completed during the window, per second. */
  deliveredPerSecond: number;
  /** Receptions of window updates still missing after the drain; their latency is recorded as censored. */
  undelivered: number;
  cursorsUndelivered: number;
  disconnects: number;
  refusals: number;
  /** How late the load generator fired scheduled sends. */
  lateness: LatencySummary;
}

interface Sent {
  at: number;
  remaining: number;
  inWindow: boolean;
}

/** Most time given to in-flight updates after the load stops. */
const DRAIN_MS = 5_000;
const SETTLE_MS = 1_000;

/** Sent updates (or cursor states) waiting for their receptions, and their latencies. */
class Tracker {
  readonly sent = new Map<number, Sent>();
  readonly latency: Histogram = createLatencyHistogram();
  /**
   * Per reader, per client, the latest presence key received (see `onReceivedLatest`), or for updates
   * the clock up to which that client's updates were received (see `onReceivedRanges`).
   */
  private readonly latestSeen = new Map<number, Map<number, number>>();
  pendingInWindow = 0;
  sentInWindow = 0;
  completedInWindow = 0;

  constructor(private readonly window: EditRun) {}

  onSent(key: number | undefined, at: number, readers: number): void {
    if (key === undefined || !this.window.tracking) return;
    const inWindow = this.window.inWindow(at);
    this.sent.set(key, { at, remaining: readers, inWindow });
    if (inWindow) {
      this.sentInWindow++;
      this.pendingInWindow++;
    }
  }

  onReceived(key: number | undefined, at: number, reader: number): void {
    // The reference echoes a sender's own messages back to it; that is not propagation.
    if (key === undefined || clientOfKey(key) === reader) return;
    const entry = this.sent.get(key);
    if (!entry) return;
    if (entry.inWindow) recordMs(this.latency, at - entry.at);
    if (--entry.remaining > 0) return;
    this.sent.delete(key);
    if (entry.inWindow) this.pendingInWindow--;
    if (this.window.inWindow(at)) this.completedInWindow++;
  }

  /**
   * A message of updates received by `reader`: every update it carries, found by its first clock. A
   * reader counts a clock once, whatever later messages repeat (a sender's echo, a sync reply).
   */
  onReceivedRanges(ranges: readonly ClockRange[], at: number, reader: number): void {
    let seen = this.latestSeen.get(reader);
    if (!seen) this.latestSeen.set(reader, (seen = new Map()));
    for (const { client, from, to } of ranges) {
      if (client === reader) continue;
      const start = Math.max(from, seen.get(client) ?? 0);
      if (start >= to) continue;
      seen.set(client, to);
      for (let clock = start; clock < to; clock++) this.onReceived(keyOf(client, clock), at, reader);
    }
  }

  /**
   * A presence state received by `reader`, standing for every earlier state of its client that reader
   * has not seen: a server that batches presence sends only the latest state of each client per frame,
   * and the reader then has something newer than the states it skipped. Those are counted as arrived
   * now, at their own (longer) age.
   */
  onReceivedLatest(key: number, at: number, reader: number): void {
    const client = clientOfKey(key);
    let seen = this.latestSeen.get(reader);
    if (!seen) this.latestSeen.set(reader, (seen = new Map()));
    const from = seen.get(client) ?? keyOf(client, 0) - 1;
    if (key <= from) return;
    seen.set(client, key);
    for (let skipped = from + 1; skipped <= key; skipped++) this.onReceived(skipped, at, reader);
  }

  /** Records what never arrived as censored at `now`, so a lagging server cannot hide its tail. */
  censor(now: number): number {
    let missing = 0;
    for (const entry of this.sent.values()) {
      if (!entry.inWindow) continue;
      missing += entry.remaining;
      this.latency.recordValueWithCount(
        Math.min(60_000_000, Math.round((now - entry.at) * 1000)),
        entry.remaining,
      );
    }
    return missing;
  }
}

/**
 * N clients on one board, each moving its own note at a fixed rate and (optionally) moving its
 * cursor, open loop. Writer and reader timestamps come from this one process's clock.
 */
export class EditRun {
  tracking = false;
  private windowStart: number | undefined;
  private windowEnd: number | undefined;
  private readonly updates = new Tracker(this);
  private readonly cursors = new Tracker(this);
  readonly ranges = new UpdateRanges();
  private readonly pacer = new Pacer();
  private readonly lateness = createLatencyHistogram();
  private readonly joins = createLatencyHistogram();
  private readonly initialJoins = createLatencyHistogram();
  private joining: Promise<void> | undefined;
  private clients: BenchClient[] = [];

  private constructor(private readonly config: EditLoadConfig) {}

  inWindow(at: number): boolean {
    return (
      this.windowStart !== undefined &&
      at >= this.windowStart &&
      (this.windowEnd === undefined || at < this.windowEnd)
    );
  }

  /** Connects every client, gives each a note, and starts the load (the warm-up begins). */
  static async start(config: EditLoadConfig): Promise<EditRun> {
    const run = new EditRun(config);
    const { boardIds } = config;
    if (config.clients % boardIds.length !== 0) throw new Error('clients must fill every board equally');
    if (boardIds.length > 1 && config.cursorHz > 0) throw new Error('cursors are measured on one board only');
    const readers = config.clients / boardIds.length - 1;
    const observers = Math.min(config.cursorObservers ?? config.clients, config.clients);
    for (let i = 0; i < config.clients; i++) {
      const doc = createBoardDoc();
      const reader = doc.clientID;
      const observes = i < observers;
      const cursorReaders = observes ? observers - 1 : observers;
      const started = performance.now();
      const client = new BenchClient({
        port: config.target.port,
        boardId: boardIds[i % boardIds.length]!,
        doc,
        mode: 'lean',
        name: `Bench ${i + 1}`,
        handlers: {
          onSentUpdate: (key, at) => run.updates.onSent(key, at, readers),
          onSentAwareness: (key, at) => run.cursors.onSent(key, at, cursorReaders),
          onUpdate: (update, at) => run.updates.onReceivedRanges(run.ranges.read(update), at, reader),
          ...(observes ? { onAwareness: (key, at) => run.cursors.onReceivedLatest(key, at, reader) } : {}),
        },
      });
      client.awareness.setLocalState({ user: { name: `Bench ${i + 1}`, color: '#888888' }, cursor: null });
      run.clients.push(client);
      await client.synced;
      recordMs(run.initialJoins, performance.now() - started);
    }

    const author = { userId: 'bench', name: 'Bench' };
    const notes = run.clients.map((client, i) => {
      const origin = createLocalOrigin(`bench${i}`);
      const note = createItem(
        client.doc,
        { type: 'sticky', x: i * 220, y: 0, text: `note ${i}` },
        author,
        origin,
      );
      return { client, id: note.id, origin };
    });
    await sleep(SETTLE_MS);

    notes.forEach(({ client, id, origin }, i) => {
      const random = seededRandom(i + 1);
      const movePeriod = 1000 / config.movesPerSecond;
      const move = () =>
        moveItems(
          client.doc,
          [{ id, x: Math.round(random() * 4000), y: Math.round(random() * 3000) }],
          origin,
        );
      if (config.movesPerSecond > 0) {
        client.holding = true;
        for (let k = 0; k < (config.preparedSeconds ?? 0) * config.movesPerSecond; k++) move();
        client.holding = false;
        run.pacer.add(movePeriod, random() * movePeriod, () => {
          if (!client.sendHeld()) move();
        });
      }
      if (config.cursorHz > 0) {
        const cursorPeriod = 1000 / config.cursorHz;
        run.pacer.add(cursorPeriod, random() * cursorPeriod, () => {
          client.awareness.setLocalStateField('cursor', {
            x: Math.round(random() * 4000),
            y: Math.round(random() * 3000),
          });
        });
      }
    });
    run.tracking = true;
    run.pacer.start();
    return run;
  }

  /** Starts the measured window. */
  measure(windowMs: number): void {
    this.windowStart = performance.now();
    this.pacer.lateness = this.lateness;
    const probes = this.config.joinProbes ?? 0;
    if (probes > 0) this.joining = this.probeJoins(probes, windowMs / probes);
  }

  /** Joins one new client every `spacingMs` during the window, each leaving once it has synced. */
  private async probeJoins(count: number, spacingMs: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      await sleep(spacingMs / 2);
      const started = performance.now();
      const client = new BenchClient({
        port: this.config.target.port,
        boardId: this.config.boardIds[0]!,
        doc: createBoardDoc(),
        mode: 'full',
        name: `Joiner ${i + 1}`,
      });
      try {
        await client.synced;
        recordMs(this.joins, performance.now() - started);
      } finally {
        await client.close();
        client.doc.destroy();
      }
      await sleep(spacingMs / 2);
    }
  }

  /** Ends the measured window; the load keeps running until `finish`. */
  endWindow(): void {
    this.windowEnd = performance.now();
    this.pacer.lateness = undefined;
  }

  /** Stops sending, waits for what is in flight, closes the clients and reports. */
  async finish(): Promise<EditLoadResult> {
    await this.joining;
    this.pacer.stop();
    const drainUntil = performance.now() + DRAIN_MS;
    while (
      (this.updates.pendingInWindow > 0 || this.cursors.pendingInWindow > 0) &&
      performance.now() < drainUntil
    ) {
      await sleep(20);
    }
    const now = performance.now();
    const undelivered = this.updates.censor(now);
    const cursorsUndelivered = this.cursors.censor(now);
    const disconnects = this.clients.filter((client) => !client.isOpen).length;
    const refusals = this.clients.reduce((sum, client) => sum + client.refusals, 0);
    // Dropped, not closed: a backlogged server would take its time over close handshakes.
    await Promise.all(this.clients.map((client) => client.terminate()));
    for (const client of this.clients) client.doc.destroy();

    const windowSeconds = ((this.windowEnd ?? now) - (this.windowStart ?? now)) / 1000;
    return {
      clients: this.config.clients,
      windowSeconds,
      edits: summarize(this.updates.latency),
      cursors: this.config.cursorHz > 0 ? summarize(this.cursors.latency) : null,
      joins: this.config.joinProbes ? summarize(this.joins) : null,
      initialJoins: summarize(this.initialJoins),
      offeredPerSecond: this.config.clients * this.config.movesPerSecond,
      sentPerSecond: this.updates.sentInWindow / windowSeconds,
      deliveredPerSecond: this.updates.completedInWindow / windowSeconds,
      undelivered,
      cursorsUndelivered,
      disconnects,
      refusals,
      lateness: summarize(this.lateness),
    };
  }
}
