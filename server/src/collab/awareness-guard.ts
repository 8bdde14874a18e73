import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import type { PresenceUser } from '@werkplaats/shared';
import type { Peer } from './peer.js';

/** Most awareness client ids one connection may hold (one per document; a reset makes a new one). */
const MAX_IDS_PER_PEER = 4;
/** Largest JSON state accepted for one client; presence is small, anything bigger is abuse. */
const MAX_STATE_BYTES = 16 * 1024;

interface Entry {
  clientId: number;
  clock: number;
  json: string;
}

function decodeEntries(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      json: decoding.readVarString(decoder),
    });
  }
  return entries;
}

function encodeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Applies a peer's awareness update after making it honest: entries for client ids another peer owns
 * are dropped, and every state's `user` is replaced by the server's identity of the sender, so nobody
 * can move someone else's cursor, make them vanish, or pose as the facilitator. Throws on bytes that
 * do not decode (the caller closes the connection).
 */
export function applyGuardedAwareness(
  awareness: Awareness,
  owners: Map<number, Peer>,
  peer: Peer,
  update: Uint8Array,
): void {
  const user: PresenceUser = {
    id: peer.identity.userId,
    name: peer.identity.name,
    color: peer.identity.color,
    role: peer.identity.role,
  };
  const accepted: Entry[] = [];
  for (const entry of decodeEntries(update)) {
    const owner = owners.get(entry.clientId);
    if (owner && owner !== peer) continue;
    if (!owner) {
      if (peer.awarenessIds.size >= MAX_IDS_PER_PEER) continue;
      owners.set(entry.clientId, peer);
      peer.awarenessIds.add(entry.clientId);
    }
    if (entry.json.length > MAX_STATE_BYTES) continue;
    const state: unknown = JSON.parse(entry.json);
    const honest =
      state !== null && typeof state === 'object' && !Array.isArray(state) ? { ...state, user } : null;
    accepted.push({ ...entry, json: JSON.stringify(honest) });
  }
  if (accepted.length > 0) applyAwarenessUpdate(awareness, encodeEntries(accepted), peer);
}
