import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BoardStore } from './storage/board-store.js';

/**
 * The numbers an operator watches, in Prometheus text: counts and timings only, never a board id, a
 * name or any content. Each server has its own registry, so several in one process (tests) do not mix.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly updatesStored = new Counter({
    name: 'werkplaats_updates_stored_total',
    help: 'Board updates appended to storage (accepted edits and server-side changes); rate() gives updates/s',
    registers: [this.registry],
  });
  readonly updatesRefused = new Counter({
    name: 'werkplaats_updates_refused_total',
    help: 'Incoming updates and messages refused, by reason (permission reasons, or malformed)',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly storeSeconds = new Histogram({
    name: 'werkplaats_store_seconds',
    help: 'Time the board store took per call, by operation',
    labelNames: ['operation'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  constructor(counts: { connections: () => number; boardsLoaded: () => number }) {
    new Gauge({
      name: 'werkplaats_connections',
      help: 'Open sync connections',
      registers: [this.registry],
      collect() {
        this.set(counts.connections());
      },
    });
    new Gauge({
      name: 'werkplaats_boards_loaded',
      help: 'Boards held in memory',
      registers: [this.registry],
      collect() {
        this.set(counts.boardsLoaded());
      },
    });
  }

  /** Process figures too (memory, event-loop lag, GC): only when metrics are served, as they sample. */
  collectProcessMetrics(): void {
    collectDefaultMetrics({ register: this.registry });
  }
}

/** `store` with every call timed, and every stored update counted. */
export function measuredStore(store: BoardStore, metrics: Metrics): BoardStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return async (...args: unknown[]) => {
        const stop = metrics.storeSeconds.startTimer({ operation: key });
        try {
          const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          if (key === 'appendUpdate') metrics.updatesStored.inc();
          return result;
        } finally {
          stop();
        }
      };
    },
  });
}

/**
 * `GET /metrics`, only when a token is configured and sent as `Authorization: Bearer <token>`;
 * otherwise the endpoint does not exist (404), so an open server shows nothing about itself.
 */
export function metricsRoutes(metrics: Metrics, token: string | undefined): Hono {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return new Hono().get('/', async (c) => {
    if (!expected) return c.notFound();
    const given = Buffer.from(c.req.header('authorization') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return c.text('metrics need the bearer token\n', 401, { 'www-authenticate': 'Bearer' });
    }
    return c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType });
  });
}
