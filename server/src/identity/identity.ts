import type { IncomingMessage } from 'node:http';
import type { Role } from '@werkplaats/shared';

/** Who is on the other end of a connection, as the server decided it. Clients never set this. */
export interface Identity {
  userId: string;
  name: string;
  role: Role;
  color: string;
}

export type IdentityResult = { ok: true; identity: Identity } | { ok: false; reason: string };

/**
 * Decides who a sync connection belongs to. The development resolver trusts the query string; the
 * accounts-and-invites resolver replaces it behind this same interface.
 */
export interface IdentityResolver {
  resolve(request: IncomingMessage, boardId: string): Promise<IdentityResult>;
}
