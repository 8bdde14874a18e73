import type { IncomingMessage } from 'node:http';
import { isValidId, newId, normalizeDisplayName, presenceColorFor } from '@werkplaats/shared';
import type { Identity, IdentityResolver, IdentityResult } from '../../src/identity/identity.js';

/**
 * Bench clients are participants named by the `name` and `uid` query parameters. The bench measures
 * sync, not sign-in, so it plugs in through the server's `identities` override rather than depending
 * on how people log in; like the development resolver it does no I/O per connection.
 */
export class BenchIdentityResolver implements IdentityResolver {
  async resolve(request: IncomingMessage): Promise<IdentityResult> {
    const params = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const name = normalizeDisplayName(params.get('name')) ?? 'Bench';
    const uid = params.get('uid');
    const userId = uid && isValidId(uid) ? uid : newId();
    const identity: Identity = { userId, name, role: 'participant', color: presenceColorFor(userId) };
    return { ok: true, identity };
  }
}
