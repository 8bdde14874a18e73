import type { IncomingMessage } from 'node:http';
import type { Role } from '@werkplaats/shared';

/** Who is on the other end of a connection, as the server decided it. Clients never set this. */
export interface Identity {
  userId: string;
  name: string;
  role: Role;
  /**
   * Experts invited to comment only: read-only on the document, they comment over HTTP. Optional so a resolver
   * that knows no such thing (a bench, single sign-on) need not say it.
   */
  commentOnly?: boolean;
  color: string;
}

/** The resolver's answer; `reason` becomes the 4401 close reason, so keep it short, fixed ASCII text. */
export type IdentityResult = { ok: true; identity: Identity } | { ok: false; reason: string };

/**
 * Decides who a sync connection belongs to (see `CookieIdentityResolver`); behind an interface so a
 * deployment with single sign-on can bring its own.
 */
export interface IdentityResolver {
  resolve(request: IncomingMessage, boardId: string): Promise<IdentityResult>;
}
