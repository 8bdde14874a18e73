import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_SYNC } from '@werkplaats/shared';

/**
 * Identifies a Yjs update or awareness entry by (client id, clock) without decoding it whole. Clocks
 * stay far below 2^21 in a bench run and client ids are 32-bit, so the key is an exact integer.
 */
export function keyOf(client: number, clock: number): number {
  return client * 2 ** 21 + clock;
}

export function clientOfKey(key: number): number {
  return Math.floor(key / 2 ** 21);
}

/**
 * The (client, clock) of the first struct group of a v1 update: numClients, then numStructs, client,
 * clock (yjs `writeClientsStructs`). A local transaction's update holds only its own client, and a
 * server re-encodes it with the same first struct, so writer and readers compute the same key.
 * A message that merges several updates is matched by its clock ranges instead (`UpdateRanges`).
 */
export function updateKey(update: Uint8Array): number | undefined {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return undefined;
  decoding.readVarUint(decoder);
  const client = decoding.readVarUint(decoder);
  return keyOf(client, decoding.readVarUint(decoder));
}

/** The clocks [from, to) of one client's structs in an update. */
export interface ClockRange {
  client: number;
  from: number;
  to: number;
}

/** Messages whose ranges are remembered; far more than are in flight between readers at once. */
const REMEMBERED_MESSAGES = 4_096;

/**
 * The clock ranges of the updates a server sends, so a reader counts every update a merged message
 * carries (ours applies the updates of one turn together; see the server's `Room.applyArrivals`).
 * Every reader of a run lives in this process and receives the same messages, so a message is parsed
 * once (`Y.parseUpdateMeta`, which walks every struct) and found again by its first struct and length.
 */
export class UpdateRanges {
  private readonly known = new Map<number, { length: number; ranges: ClockRange[] }>();

  read(update: Uint8Array): ClockRange[] {
    const first = updateKey(update);
    if (first === undefined) return [];
    const seen = this.known.get(first);
    if (seen?.length === update.byteLength) return seen.ranges;
    const meta = Y.parseUpdateMeta(update);
    const ranges = [...meta.from].map(([client, from]) => ({ client, from, to: meta.to.get(client)! }));
    if (this.known.size >= REMEMBERED_MESSAGES) this.known.clear();
    this.known.set(first, { length: update.byteLength, ranges });
    return ranges;
  }
}

/** The first entry of an awareness update: count, then client id and clock. */
export function awarenessKey(update: Uint8Array): number | undefined {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return undefined;
  const client = decoding.readVarUint(decoder);
  return keyOf(client, decoding.readVarUint(decoder));
}

/**
 * Every (client id, clock) of an awareness update, skipping the JSON states: a server that batches
 * presence sends many clients' states in one message.
 */
export function awarenessKeys(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const keys: number[] = [];
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder);
    keys.push(keyOf(client, decoding.readVarUint(decoder)));
    // Read the length first: `pos += read()` would add it to the position from before the read.
    const length = decoding.readVarUint(decoder);
    decoder.pos += length;
  }
  return keys;
}

export type Incoming =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'refusal' }
  | { kind: 'other' };

/** Classifies a server message reading only its header: what a lean client needs to timestamp it. */
export function peek(message: Uint8Array): Incoming {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC) {
    if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsUpdate) return { kind: 'other' };
    return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
  }
  if (type === MESSAGE_AWARENESS) return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (type === MESSAGE_AUTH) return { kind: 'refusal' };
  return { kind: 'other' };
}

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
