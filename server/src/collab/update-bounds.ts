import { MalformedMessageError } from './room.js';

/**
 * Most structs, clients and deleted ranges one incoming update may hold. A person's edits during a
 * workshop are a few hundred structs; a sync step 2 after a long offline stretch a few thousand.
 * Applying 100,000 structs already holds the event loop for about half a second on our hardware, so
 * anything bigger is refused before Yjs touches it.
 */
export const UPDATE_LIMITS = { structs: 100_000, clients: 10_000, deleteRanges: 100_000 } as const;

/** The Yjs content kinds (`info & 0b11111`) in update format v1; see yjs `contentRefs`. */
const CONTENT = {
  gc: 0,
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
  skip: 10,
} as const;
/** Type refs of `ContentType` that carry a node name (YXmlElement, YXmlHook). */
const NAMED_TYPE_REFS = new Set([3, 5]);
const MAX_ANY_DEPTH = 64;

/**
 * A reader that checks every length against the bytes that remain. lib0's decoders return stale values
 * past the end in places (yjs issue 687), so a few bytes can make Yjs loop over billions of structs.
 */
class BoundedReader {
  private pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.bytes.length) throw new MalformedMessageError('update ends early');
    return this.bytes[this.pos++]!;
  }

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > Number.MAX_SAFE_INTEGER) throw new MalformedMessageError('number too large');
    }
  }

  /** A length-prefixed run of bytes (strings and buffers). */
  skipBytes(): void {
    this.skip(this.varUint());
  }

  /** Two numbers: an item id (client, clock) or a deleted range (clock, length). */
  pair(): void {
    this.varUint();
    this.varUint();
  }

  skip(length: number): void {
    if (length > this.remaining) throw new MalformedMessageError('length beyond the update');
    this.pos += length;
  }

  /** A count of things that take at least `minBytes` each: more than the bytes left is a lie. */
  count(minBytes: number): number {
    const n = this.varUint();
    if (n * minBytes > this.remaining) throw new MalformedMessageError('count beyond the update');
    return n;
  }
}

/** lib0 `writeAny`: a tag byte (127 − kind), then the value. */
function skipAny(reader: BoundedReader, depth: number): void {
  if (depth > MAX_ANY_DEPTH) throw new MalformedMessageError('value nested too deeply');
  const tag = reader.byte();
  switch (tag) {
    case 127:
    case 126:
    case 121:
    case 120:
      return;
    case 125:
      reader.varUint();
      return;
    case 124:
      reader.skip(4);
      return;
    case 123:
    case 122:
      reader.skip(8);
      return;
    case 119:
    case 116:
      reader.skipBytes();
      return;
    case 118:
      for (let i = reader.count(2); i > 0; i--) {
        reader.skipBytes();
        skipAny(reader, depth + 1);
      }
      return;
    case 117:
      for (let i = reader.count(1); i > 0; i--) skipAny(reader, depth + 1);
      return;
    default:
      throw new MalformedMessageError(`unknown value tag ${tag}`);
  }
}

function skipContent(reader: BoundedReader, kind: number): void {
  switch (kind) {
    case CONTENT.deleted:
      reader.varUint();
      return;
    case CONTENT.json:
      for (let i = reader.count(1); i > 0; i--) reader.skipBytes();
      return;
    case CONTENT.binary:
    case CONTENT.string:
    case CONTENT.embed:
      reader.skipBytes();
      return;
    case CONTENT.format:
      reader.skipBytes();
      reader.skipBytes();
      return;
    case CONTENT.type:
      if (NAMED_TYPE_REFS.has(reader.varUint())) reader.skipBytes();
      return;
    case CONTENT.any:
      for (let i = reader.count(1); i > 0; i--) skipAny(reader, 0);
      return;
    case CONTENT.doc:
      reader.skipBytes();
      skipAny(reader, 0);
      return;
    default:
      throw new MalformedMessageError(`unknown content kind ${kind}`);
  }
}

function skipStruct(reader: BoundedReader): void {
  const info = reader.byte();
  const kind = info & 0b11111;
  if (kind === CONTENT.gc || kind === CONTENT.skip) {
    reader.varUint();
    return;
  }
  const hasOrigin = (info & 0x80) !== 0;
  const hasRightOrigin = (info & 0x40) !== 0;
  if (hasOrigin) reader.pair();
  if (hasRightOrigin) reader.pair();
  if (!hasOrigin && !hasRightOrigin) {
    // The parent is a root type named by a string, or an item id.
    if (reader.varUint() === 1) reader.skipBytes();
    else reader.pair();
    if ((info & 0x20) !== 0) reader.skipBytes();
  }
  skipContent(reader, kind);
}

/**
 * Walks a v1 update without building it, in time linear in its size and without allocating per
 * struct, and throws `MalformedMessageError` when it is truncated, holds garbage, claims more than its
 * bytes can carry, or exceeds `UPDATE_LIMITS`. Only an update that passes goes to Yjs.
 */
export function assertBoundedUpdate(update: Uint8Array): void {
  const reader = new BoundedReader(update);
  let structs = 0;
  // A client's header is at least three bytes (count, id, clock); a struct at least two.
  const clients = reader.count(3);
  if (clients > UPDATE_LIMITS.clients) throw new MalformedMessageError('too many clients in one update');
  for (let c = 0; c < clients; c++) {
    const count = reader.count(2);
    structs += count;
    if (structs > UPDATE_LIMITS.structs) throw new MalformedMessageError('too many structs in one update');
    reader.varUint();
    reader.varUint();
    for (let s = 0; s < count; s++) skipStruct(reader);
  }
  let ranges = 0;
  const deleteClients = reader.count(2);
  for (let c = 0; c < deleteClients; c++) {
    reader.varUint();
    const count = reader.count(2);
    ranges += count;
    if (ranges > UPDATE_LIMITS.deleteRanges)
      throw new MalformedMessageError('too many deletions in one update');
    for (let r = 0; r < count; r++) reader.pair();
  }
  if (reader.remaining > 0) throw new MalformedMessageError('bytes after the end of the update');
}
