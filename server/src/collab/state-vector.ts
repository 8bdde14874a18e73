import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * The state vector of someone who has both states: per client, the higher clock. A peer sent the
 * stored board before its sync step 1 was answered has what its step 1 said plus everything stored.
 */
export function unionStateVectors(a: Uint8Array, b: Uint8Array): Uint8Array {
  const union = Y.decodeStateVector(a);
  for (const [client, clock] of Y.decodeStateVector(b)) {
    if (clock > (union.get(client) ?? 0)) union.set(client, clock);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, union.size);
  for (const [client, clock] of union) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
