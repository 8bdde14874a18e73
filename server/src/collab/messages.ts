import * as encoding from 'lib0/encoding';
import { writePermissionDenied } from 'y-protocols/auth';
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_BALLOT,
  MESSAGE_PRIVATE,
  MESSAGE_SERVER_TIME,
  MESSAGE_SYNC,
  PRIVATE_MESSAGE,
  type Ballot,
  type PrivateCount,
} from '@werkplaats/shared';

/** Encoders for the y-websocket messages the server sends. Each message is encoded once per event. */
export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/**
 * A board's stored updates (snapshot and log) as sent to a peer before its room is loaded: plain
 * updates, not a sync step 2, because a client counts itself synced on the first step 2 it gets, and
 * only the room's answer to its step 1 brings what loading adds (a schema upgrade).
 */
export function storedStateMessages(updates: readonly Uint8Array[]): Uint8Array[] {
  return updates.map(syncUpdateMessage);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

export function permissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** The answer to a clock request: the request's id and the server's time in ms. */
export function serverTimeMessage(requestId: number, now: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SERVER_TIME);
  encoding.writeVarUint(encoder, requestId);
  encoding.writeFloat64(encoder, now);
  return encoding.toUint8Array(encoder);
}

function privateEncoder(kind: number): encoding.Encoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_PRIVATE);
  encoding.writeVarUint(encoder, kind);
  return encoder;
}

/** Private-mode sync messages: the same y-protocols messages, about the recipient's own private document. */
export function privateSyncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = privateEncoder(PRIVATE_MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function privateSyncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = privateEncoder(PRIVATE_MESSAGE.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function privateUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = privateEncoder(PRIVATE_MESSAGE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Counts per person for the facilitator: user ids, names and numbers, nothing of the notes themselves. */
export function privateCountsMessage(counts: PrivateCount[]): Uint8Array {
  const encoder = privateEncoder(PRIVATE_MESSAGE.counts);
  encoding.writeVarString(encoder, JSON.stringify(counts));
  return encoding.toUint8Array(encoder);
}

/** A person's own ballot, for their own connections only (see `MESSAGE_BALLOT`). */
export function ballotMessage(ballot: Ballot): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_BALLOT);
  encoding.writeVarString(encoder, JSON.stringify(ballot));
  return encoding.toUint8Array(encoder);
}
