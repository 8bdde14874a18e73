import { Hono } from 'hono';
import { CLOSE_CODES } from '@werkplaats/shared';
import { requireFacilitator, type ApiDeps, type ApiEnv } from './api-context.js';
import { apiError } from './errors.js';
import { visibleNetwork } from './networks.js';

/** The people of a network, removing one, and who attended which session. Facilitators only. */
export function peopleRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const { directory } = deps;
  return new Hono<ApiEnv>()
    .get('/:networkId/people', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const people = await directory.listPeople(found.network.id);
      const revoked = new Set(
        (await directory.listInvites(found.network.id)).filter((i) => i.revokedAt !== null).map((i) => i.id),
      );
      return c.json(
        people.map(({ deviceId: _device, ...person }) => ({
          ...person,
          hasAccess: person.removedAt === null && !revoked.has(person.inviteId),
        })),
      );
    })
    .delete('/:networkId/people/:personId', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const person = await directory.person(c.req.param('personId'));
      if (!person || person.networkId !== found.network.id) {
        return apiError(c, 404, 'person_not_found', 'No such person in this network.');
      }
      if (person.removedAt === null) await directory.updatePerson({ ...person, removedAt: Date.now() });
      deps.rooms.closePeers(
        (_board, identity) => identity.userId === person.id,
        CLOSE_CODES.unauthorized,
        'access removed',
      );
      return c.body(null, 204);
    })
    .get('/:networkId/attendance', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      return c.json(await directory.listAttendance(found.network.id));
    });
}
