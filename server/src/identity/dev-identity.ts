import type { IncomingMessage } from 'node:http';
import { isRole, isValidId, newId, normalizeDisplayName, presenceColorFor } from '@werkplaats/shared';
import type { IdentityResolver, IdentityResult } from './identity.js';

/**
 * Development identity: a display name typed at join, a device id the client keeps, and a role from
 * the link (`participant` by default, `observer` for view-only links). It trusts the client on
 * purpose and exists only until invite links with server-side roles replace it.
 */
export class DevIdentityResolver implements IdentityResolver {
  async resolve(request: IncomingMessage): Promise<IdentityResult> {
    const params = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const name = normalizeDisplayName(params.get('name'));
    if (!name) return { ok: false, reason: 'a display name is required' };
    const uidParam = params.get('uid');
    const userId = uidParam && isValidId(uidParam) ? uidParam : newId();
    const roleParam = params.get('role') ?? 'participant';
    if (!isRole(roleParam)) return { ok: false, reason: `unknown role ${JSON.stringify(roleParam)}` };
    return { ok: true, identity: { userId, name, role: roleParam, color: presenceColorFor(userId) } };
  }
}
