import type { IncomingMessage } from 'node:http';
import { boardAccess } from '../auth/access.js';
import { viewerFromCookies } from '../auth/viewer.js';
import type { DirectoryStore } from '../storage/directory-store.js';
import type { IdentityResolver, IdentityResult } from './identity.js';

/**
 * Identity from the request's cookies: a facilitator's login, or the device session a person got by
 * accepting an invite. The role is the one that person has in the board's network, decided by the
 * server; nothing in the URL counts.
 */
export class CookieIdentityResolver implements IdentityResolver {
  constructor(private readonly directory: DirectoryStore) {}

  async resolve(request: IncomingMessage, boardId: string): Promise<IdentityResult> {
    const viewer = await viewerFromCookies(this.directory, request.headers.cookie);
    const access = await boardAccess(this.directory, viewer, boardId);
    return access ? { ok: true, identity: access.identity } : { ok: false, reason: 'no access' };
  }
}
