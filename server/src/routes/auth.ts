import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { newId } from '@werkplaats/shared';
import { memberOf } from '../auth/access.js';
import {
  clearSessionCookie,
  DEVICE_COOKIE,
  FACILITATOR_COOKIE,
  readCookie,
  setSessionCookie,
} from '../auth/cookies.js';
import {
  DECOY_HASH,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from '../auth/password.js';
import { hashToken, isTokenShaped, newToken } from '../auth/tokens.js';
import type { FacilitatorRecord } from '../storage/directory-store.js';
import {
  clientIp,
  readBody,
  requireFacilitator,
  throttled,
  type ApiDeps,
  type ApiEnv,
} from './api-context.js';
import { apiError } from './errors.js';

export const FACILITATOR_SESSION_MS = 14 * 24 * 60 * 60 * 1000;
const FACILITATOR_INVITE_MS = 7 * 24 * 60 * 60 * 1000;

const email = z.string().trim().toLowerCase().email().max(200);
const password = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);
const name = z.string().trim().min(1).max(80);

const setupBody = z.object({ token: z.string(), name, email, password });
const loginBody = z.object({ email, password: z.string().max(MAX_PASSWORD_LENGTH) });
const inviteBody = z.object({ email });
const acceptBody = z.object({ name, password });

function publicFacilitator(f: FacilitatorRecord) {
  return { id: f.id, name: f.name, email: f.email };
}

async function logIn(c: Context, deps: ApiDeps, facilitator: FacilitatorRecord): Promise<void> {
  const token = newToken();
  await deps.directory.createAuthSession({
    tokenHash: hashToken(token),
    kind: 'facilitator',
    subjectId: facilitator.id,
    expiresAt: Date.now() + FACILITATOR_SESSION_MS,
  });
  setSessionCookie(c, FACILITATOR_COOKIE, token, FACILITATOR_SESSION_MS);
}

/** Setup of the first facilitator, login, logout, who am I, and inviting more facilitators. */
export function authRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const { directory, throttle } = deps;
  return new Hono<ApiEnv>()
    .get('/setup', async (c) => c.json({ needed: (await directory.countFacilitators()) === 0 }))
    .post('/setup', async (c) => {
      const limited = throttled(c, throttle);
      if (limited) return limited;
      const body = await readBody(c, setupBody);
      if (!body.ok) return body.response;
      const expected = deps.setup.tokenHash;
      if (expected === undefined || (await directory.countFacilitators()) > 0) {
        return apiError(c, 409, 'setup_done', 'Werkplaats has been set up already. Log in instead.');
      }
      if (hashToken(body.data.token) !== expected) {
        throttle.failed(clientIp(c));
        return apiError(
          c,
          403,
          'setup_token_invalid',
          'This setup link is not valid. Use the one the server printed.',
        );
      }
      deps.setup.tokenHash = undefined;
      const facilitator = {
        id: newId(),
        name: body.data.name,
        email: body.data.email,
        passwordHash: await hashPassword(body.data.password),
        createdAt: Date.now(),
      };
      await directory.createFacilitator(facilitator);
      deps.log.info('facilitator.setup', { facilitator: facilitator.id });
      await logIn(c, deps, facilitator);
      return c.json(publicFacilitator(facilitator), 201);
    })
    .post('/auth/login', async (c) => {
      const limited = throttled(c, throttle);
      if (limited) return limited;
      const body = await readBody(c, loginBody);
      if (!body.ok) return body.response;
      // Counted as a failure until the password proves right: see `FailureThrottle.refund`.
      throttle.failed(clientIp(c));
      const facilitator = await directory.facilitatorByEmail(body.data.email);
      const valid = await verifyPassword(body.data.password, facilitator?.passwordHash ?? (await DECOY_HASH));
      if (!facilitator || !valid) {
        return apiError(c, 401, 'login_failed', 'That email address and password do not match.');
      }
      throttle.refund(clientIp(c));
      await logIn(c, deps, facilitator);
      return c.json(publicFacilitator(facilitator));
    })
    .post('/auth/logout', async (c) => {
      const token = readCookie(c, FACILITATOR_COOKIE);
      if (token && isTokenShaped(token)) await directory.deleteAuthSession(hashToken(token));
      clearSessionCookie(c, FACILITATOR_COOKIE);
      return c.body(null, 204);
    })
    .get('/me', async (c) => {
      const viewer = c.get('viewer');
      const memberships = [];
      if (viewer.deviceId) {
        for (const person of await directory.peopleOfDevice(viewer.deviceId)) {
          const network = await directory.network(person.networkId);
          if (!network || !(await memberOf(directory, viewer, network.id))) continue;
          memberships.push({
            networkId: network.id,
            networkTitle: network.title,
            personId: person.id,
            name: person.name,
            role: person.role,
          });
        }
      }
      return c.json({
        facilitator: viewer.facilitator ? publicFacilitator(viewer.facilitator) : null,
        memberships,
        // A device cookie whose people were all removed: the person lost access, not never had it.
        lostAccess: Boolean(readCookie(c, DEVICE_COOKIE)) && memberships.length === 0,
      });
    })
    .post('/facilitator-invites', requireFacilitator, async (c) => {
      const body = await readBody(c, inviteBody);
      if (!body.ok) return body.response;
      const token = newToken();
      await directory.createFacilitatorInvite({
        tokenHash: hashToken(token),
        email: body.data.email,
        createdBy: c.get('viewer').facilitator!.id,
        expiresAt: Date.now() + FACILITATOR_INVITE_MS,
        usedAt: null,
      });
      return c.json({ token, path: `/f/${token}` }, 201);
    })
    .get('/facilitator-invites/:token', async (c) => {
      const invite = await usableFacilitatorInvite(c, deps);
      if (invite instanceof Response) return invite;
      return c.json({ email: invite.email });
    })
    .post('/facilitator-invites/:token/accept', async (c) => {
      const invite = await usableFacilitatorInvite(c, deps);
      if (invite instanceof Response) return invite;
      const body = await readBody(c, acceptBody);
      if (!body.ok) return body.response;
      if (await directory.facilitatorByEmail(invite.email)) {
        return apiError(c, 409, 'email_taken', 'There is already an account with this email address.');
      }
      const facilitator = {
        id: newId(),
        name: body.data.name,
        email: invite.email,
        passwordHash: await hashPassword(body.data.password),
        createdAt: Date.now(),
      };
      if (!(await directory.acceptFacilitatorInvite(invite.tokenHash, facilitator))) {
        return apiError(c, 410, 'invite_used', 'This invitation has been used already.');
      }
      await logIn(c, deps, facilitator);
      return c.json(publicFacilitator(facilitator), 201);
    });
}

async function usableFacilitatorInvite(c: Context, deps: ApiDeps) {
  const limited = throttled(c, deps.throttle);
  if (limited) return limited;
  const token = c.req.param('token') ?? '';
  const invite = isTokenShaped(token) ? await deps.directory.facilitatorInvite(hashToken(token)) : undefined;
  if (!invite) {
    deps.throttle.failed(clientIp(c));
    return apiError(c, 404, 'invite_not_found', 'This invitation link is not valid.');
  }
  if (invite.usedAt !== null)
    return apiError(c, 410, 'invite_used', 'This invitation has been used already.');
  if (invite.expiresAt <= Date.now())
    return apiError(c, 410, 'invite_expired', 'This invitation has expired.');
  return invite;
}
