import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MESSAGE_SERVER_TIME } from '@werkplaats/shared';
import type { WebsocketProvider } from 'y-websocket';
import { Emitter } from '../lib/emitter';

/** Samples taken right after connecting; the one with the shortest round trip wins. */
const BURST = 5;
const BURST_GAP_MS = 250;
/** Clocks drift slowly; one sample a minute keeps the offset honest over a two-hour session. */
const RESAMPLE_MS = 60_000;

interface Sample {
  offset: number;
  roundTrip: number;
  at: number;
}

/**
 * The server's clock as this browser sees it, measured NTP-style over the board connection: for each
 * request, offset = serverTime + roundTrip / 2 − receivedAt. Shared timers count in server time, so
 * people whose computer clocks disagree still see the same seconds.
 */
export class ServerClock {
  private offset = 0;
  private best: Sample | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, number>();
  private timers: ReturnType<typeof setTimeout>[] = [];
  readonly changed = new Emitter();

  constructor(private readonly provider: WebsocketProvider) {
    provider.messageHandlers[MESSAGE_SERVER_TIME] = (_encoder, decoder) => this.receive(decoder);
    provider.on('status', this.onStatus);
    if (provider.wsconnected) this.burst();
  }

  /** Server time now, in ms; the local clock until the first answer arrives. */
  readonly now = (): number => Date.now() + this.offset;

  get measured(): boolean {
    return this.best !== undefined;
  }

  destroy(): void {
    this.provider.off('status', this.onStatus);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.burst();
  };

  private burst(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = Array.from({ length: BURST }, (_, i) => setTimeout(() => this.request(), i * BURST_GAP_MS));
    this.timers.push(setInterval(() => this.request(), RESAMPLE_MS));
  }

  private request(): void {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const id = this.nextId++;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SERVER_TIME);
    encoding.writeVarUint(encoder, id);
    this.pending.set(id, performance.now());
    ws.send(encoding.toUint8Array(encoder));
  }

  private receive(decoder: decoding.Decoder): void {
    const id = decoding.readVarUint(decoder);
    const serverNow = decoding.readFloat64(decoder);
    const sentAt = this.pending.get(id);
    if (sentAt === undefined) return;
    this.pending.delete(id);
    const roundTrip = performance.now() - sentAt;
    const sample = { offset: serverNow + roundTrip / 2 - Date.now(), roundTrip, at: Date.now() };
    // Prefer the fastest exchange, but not one so old that drift has overtaken it.
    const stale = this.best && sample.at - this.best.at > RESAMPLE_MS * 5;
    if (!this.best || stale || sample.roundTrip <= this.best.roundTrip * 1.5) {
      if (!this.best || stale || sample.roundTrip < this.best.roundTrip) this.best = sample;
      this.offset = this.best.offset;
      this.changed.emit();
    }
  }
}
