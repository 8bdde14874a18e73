import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { CLOSE_CODES, newId, normalizeDisplayName } from '@werkplaats/shared';
import { memberOf } from '../auth/access.js';
import { DEVICE_COOKIE, setSessionCookie } from '../auth/cookies.js';
import { hashToken, isTokenShaped, newToken } from '../auth/tokens.js';
import type { InviteRecord, NetworkRecord } from '../storage/directory-store.js';
import {
  clientIp,
  readBody,
  requireFacilitator,
  throttled,
  type ApiDeps,
  type ApiEnv,
} from './api-context.js';
import { apiError } from './errors.js';
import { visibleNetwork } from './networks.js';

const DEVICE_SESSION_MS = 180 * 24 * 60 * 60 * 1000;

const createBody = z.object({
  role: z.enum(['participant', 'expert', 'observer']),
  commentOnly: z.boolean().default(false),
  expiresAt: z.number().int().positive().nullable().default(null),
  maxUses: z.number().int().min(1).max(1000).nullable().default(null),
});
const acceptBody = z.object({
  name: z.string().transform((value, ctx) => {
    const name = normalizeDisplayName(value);
    if (!name) ctx.addIssue({ code: 'custom', message: 'a name is required' });
    return name ?? '';
  }),
  organisation: z.string().trim().max(120).optional(),
});

type InviteStatus = 'active' | 'revoked' | 'expired' | 'used_up' | 'full';

async function statusOf(deps: ApiDeps, invite: InviteRecord, network: NetworkRecord): Promise<InviteStatus> {
  if (invite.revokedAt !== null || network.archivedAt !== null) return 'revoked';
  if (invite.expiresAt !== null && invite.expiresAt <= Date.now()) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used_up';
  if (
    invite.role === 'participant' &&
    (await deps.directory.countParticipants(network.id)) >= network.capacity
  ) {
    return 'full';
  }
  return 'active';
}

const REFUSALS: Record<Exclude<InviteStatus, 'active'>, [410 | 409, string]> = {
  revoked: [410, 'This invitation link has been withdrawn.'],
  expired: [410, 'This invitation link has expired.'],
  used_up: [410, 'This invitation link has been used as often as it may be.'],
  full: [409, 'This learning network is full.'],
};

function inviteView(invite: InviteRecord) {
  const { tokenHash: _secret, ...rest } = invite;
  return rest;
}

/** The invite behind the path's token, with its network; answers 404 (and counts a failed guess) itself. */
async function inviteFromToken(c: Context<ApiEnv>, deps: ApiDeps) {
  const limited = throttled(c, deps.throttle);
  if (limited) return limited;
  const token = c.req.param('token') ?? '';
  const invite = isTokenShaped(token) ? await deps.directory.inviteByTokenHash(hashToken(token)) : undefined;
  const network = invite && (await deps.directory.network(invite.networkId));
  if (!invite || !network) {
    deps.throttle.failed(clientIp(c));
    return apiError(c, 404, 'invite_not_found', 'This invitation link is not valid.');
  }
  return { invite, network };
}

/** Facilitators make, list and revoke invite links; anyone holding a link can preview and accept it. */
export function inviteRoutes(deps: ApiDeps): { managed: Hono<ApiEnv>; public: Hono<ApiEnv> } {
  const { directory } = deps;
  const managed = new Hono<ApiEnv>()
    .post('/:networkId/invites', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const body = await readBody(c, createBody);
      if (!body.ok) return body.response;
      const token = newToken();
      const invite: InviteRecord = {
        id: newId(),
        networkId: found.network.id,
        tokenHash: hashToken(token),
        role: body.data.role,
        commentOnly: body.data.role === 'expert' && body.data.commentOnly,
        expiresAt: body.data.expiresAt,
        maxUses: body.data.maxUses,
        uses: 0,
        revokedAt: null,
        createdAt: Date.now(),
      };
      await directory.createInvite(invite);
      // The token is shown this once; only its hash is kept.
      return c.json({ ...inviteView(invite), status: 'active', token, path: `/i/${token}` }, 201);
    })
    .get('/:networkId/invites', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const invites = await directory.listInvites(found.network.id);
      return c.json(
        await Promise.all(
          invites.map(async (i) => ({ ...inviteView(i), status: await statusOf(deps, i, found.network) })),
        ),
      );
    })
    .delete('/:networkId/invites/:inviteId', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const invite = await directory.invite(c.req.param('inviteId'));
      if (!invite || invite.networkId !== found.network.id) {
        return apiError(c, 404, 'invite_not_found', 'No such invitation in this network.');
      }
      await directory.revokeInvite(invite.id, Date.now());
      const people = new Set(
        (await directory.listPeople(found.network.id))
          .filter((p) => p.inviteId === invite.id)
          .map((p) => p.id),
      );
      deps.rooms.closePeers(
        (_board, identity) => people.has(identity.userId),
        CLOSE_CODES.unauthorized,
        'access revoked',
      );
      return c.body(null, 204);
    });

  const open = new Hono<ApiEnv>()
    .get('/:token', async (c) => {
      const found = await inviteFromToken(c, deps);
      if (found instanceof Response) return found;
      const { invite, network } = found;
      const member = await memberOf(directory, c.get('viewer'), network.id);
      const status = member ? 'active' : await statusOf(deps, invite, network);
      if (status !== 'active')
        return apiError(c, REFUSALS[status][0], `invite_${status}`, REFUSALS[status][1]);
      return c.json({
        network: {
          id: network.id,
          title: network.title,
          theme: network.theme,
          description: network.description,
          language: network.language,
          startDate: network.startDate,
        },
        role: invite.role,
        commentOnly: invite.commentOnly,
        member: member ? { name: member.name, organisation: member.organisation } : null,
      });
    })
    .post('/:token/accept', async (c) => {
      const found = await inviteFromToken(c, deps);
      if (found instanceof Response) return found;
      const { invite, network } = found;
      const body = await readBody(c, acceptBody);
      if (!body.ok) return body.response;
      const viewer = c.get('viewer');
      const organisation = body.data.organisation || null;
      const member = await memberOf(directory, viewer, network.id);
      if (member) {
        await directory.updatePerson({ ...member, name: body.data.name, organisation });
        return c.json({ networkId: network.id, personId: member.id });
      }
      const status = await statusOf(deps, invite, network);
      if (status !== 'active')
        return apiError(c, REFUSALS[status][0], `invite_${status}`, REFUSALS[status][1]);
      let deviceId = viewer.deviceId;
      if (!deviceId) {
        deviceId = newId();
        const token = newToken();
        await directory.createAuthSession({
          tokenHash: hashToken(token),
          kind: 'device',
          subjectId: deviceId,
          expiresAt: Date.now() + DEVICE_SESSION_MS,
        });
        setSessionCookie(c, DEVICE_COOKIE, token, DEVICE_SESSION_MS);
      }
      const joined = await directory.joinNetwork(
        {
          id: newId(),
          networkId: network.id,
          deviceId,
          inviteId: invite.id,
          name: body.data.name,
          organisation,
          role: invite.role,
          commentOnly: invite.commentOnly,
          joinedAt: Date.now(),
          removedAt: null,
        },
        network.capacity,
      );
      if (!joined.ok) {
        const reason = joined.reason === 'unavailable' ? 'revoked' : joined.reason;
        return apiError(c, REFUSALS[reason][0], `invite_${reason}`, REFUSALS[reason][1]);
      }
      deps.log.info('network.joined', { networkId: network.id, person: joined.person.id, role: invite.role });
      return c.json({ networkId: network.id, personId: joined.person.id }, 201);
    });
  return { managed, public: open };
}
