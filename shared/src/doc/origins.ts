/**
 * Transaction origins. Every write names who made it, so the undo manager can track only the local
 * user's changes and the server can tell a connection's updates from its own.
 */
export type Origin =
  | { readonly kind: 'local'; readonly userId: string }
  | { readonly kind: 'connection'; readonly connectionId: string }
  | { readonly kind: 'system'; readonly reason: string };

/**
 * A fresh origin object for this client's own edits. Keep one per editor session: `Y.UndoManager`
 * matches origins by identity.
 */
export function createLocalOrigin(userId: string): Origin {
  return Object.freeze({ kind: 'local', userId });
}

export function connectionOrigin(connectionId: string): Origin {
  return Object.freeze({ kind: 'connection', connectionId });
}

export function systemOrigin(reason: string): Origin {
  return Object.freeze({ kind: 'system', reason });
}
