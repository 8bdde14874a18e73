import type { IncomingMessage } from 'node:http';
import { boardAccess } from '../auth/access.js';
import type { SyncTickets } from '../auth/sync-tickets.js';
import { viewerFromCookies } from '../auth/viewer.js';
import type { DirectoryStore } from '../storage/directory-store.js';
import type { IdentityResolver, IdentityResult } from './identity.js';

/**
 * Identity from the request's cookies (a facilitator's login, or the device session a person got by
 * accepting an invite) or, for non-browser clients, from a single-use `?ticket=` made by
 * `createSyncTicket`. The role is the one that person has in the board's network, decided by the
 * server; nothing else in the URL counts.
 */
export class CookieIdentityResolver implements IdentityResolver {
  constructor(
    private readonly directory: DirectoryStore,
    private readonly tickets: SyncTickets,
  ) {}

  async resolve(request: IncomingMessage, boardId: string): Promise<IdentityResult> {
    const ticket = new URL(request.url ?? '/', 'http://localhost').searchParams.get('ticket');
    let viewer;
    if (ticket !== null) {
      viewer = this.tickets.redeem(ticket, boardId);
      if (!viewer) return { ok: false, reason: 'invalid or expired ticket' };
    } else {
      viewer = await viewerFromCookies(this.directory, request.headers.cookie);
    }
    const access = await boardAccess(this.directory, viewer, boardId);
    return access ? { ok: true, identity: access.identity } : { ok: false, reason: 'no access' };
  }
}
