import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  CLOSE_CODES,
  DEFAULT_TIME_ZONE,
  isTimeZone,
  newId,
  PROGRAMME_IDS,
  THEME_PACK_IDS,
} from '@werkplaats/shared';
import { networkAccess } from '../auth/access.js';
import type { NetworkRecord, SessionRecord } from '../storage/directory-store.js';
import { readBody, requireFacilitator, type ApiDeps, type ApiEnv } from './api-context.js';
import { createBoardRecord } from './boards.js';
import { apiError } from './errors.js';
import { programmePlan, sessionBoardUpdate } from '../templates/session-boards.js';

/** The learning networks' rhythm: five meetings, one a week, two hours each. */
const DEFAULT_SESSIONS = 5;
const DEFAULT_TIME = '10:00';
const DEFAULT_DURATION = 120;
export const DEFAULT_CAPACITY = 18;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const sessionFields = z.object({
  title: z.string().trim().min(1).max(120),
  date,
  time,
  durationMinutes: z
    .number()
    .int()
    .min(15)
    .max(12 * 60),
});
const networkFields = z.object({
  title: z.string().trim().min(1).max(120),
  theme: z.string().trim().max(120).default(''),
  description: z.string().trim().max(2000).default(''),
  language: z.enum(['nl', 'en']).default('nl'),
  timeZone: z.string().max(64).refine(isTimeZone, 'not a known time zone').default(DEFAULT_TIME_ZONE),
  capacity: z.number().int().min(1).max(100).default(DEFAULT_CAPACITY),
  startDate: date,
});
const createBody = networkFields.extend({
  sessions: z.array(sessionFields).max(20).optional(),
  /** Lays the session boards out from a programme; without one the boards start empty. */
  programme: z.enum(PROGRAMME_IDS).optional(),
  themePack: z.enum(THEME_PACK_IDS).optional(),
});
const updateBody = networkFields.partial();
const reorderBody = z.object({ ids: z.array(z.string()).max(20) });

function addDays(isoDate: string, days: number): string {
  const day = new Date(`${isoDate}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Week 1..5 from the start date, same weekday and hour. */
function defaultSessions(startDate: string) {
  return Array.from({ length: DEFAULT_SESSIONS }, (_, i) => ({
    title: `Week ${i + 1}`,
    date: addDays(startDate, 7 * i),
    time: DEFAULT_TIME,
    durationMinutes: DEFAULT_DURATION,
  }));
}

export async function networkView(deps: ApiDeps, network: NetworkRecord) {
  const sessions = await deps.directory.listSessions(network.id);
  return { ...network, sessions, participants: await deps.directory.countParticipants(network.id) };
}

/** The network named in the path, for facilitators and its own people; 404 for everyone else. */
export async function visibleNetwork(c: Context<ApiEnv>, deps: ApiDeps) {
  const network = await deps.directory.network(c.req.param('networkId') ?? '');
  const access = network && (await networkAccess(deps.directory, c.get('viewer'), network));
  if (!network || !access) return apiError(c, 404, 'network_not_found', 'No such learning network.');
  return { network, access };
}

async function ownSession(c: Context<ApiEnv>, deps: ApiDeps, network: NetworkRecord) {
  const session = await deps.directory.session(c.req.param('sessionId') ?? '');
  if (!session || session.networkId !== network.id) {
    return apiError(c, 404, 'session_not_found', 'No such session in this network.');
  }
  return session;
}

/** Networks and their sessions. Reading is for members too; every change is for facilitators. */
export function networkRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const { directory } = deps;
  const newSession = async (
    networkId: string,
    position: number,
    fields: z.infer<typeof sessionFields>,
    initialUpdate?: Uint8Array,
  ) => {
    const board = await createBoardRecord(deps.store, fields.title, initialUpdate);
    return { id: newId(), networkId, position, boardId: board.id, ...fields } satisfies SessionRecord;
  };

  return new Hono<ApiEnv>()
    .get('/', async (c) => {
      const viewer = c.get('viewer');
      if (!viewer.facilitator && !viewer.deviceId) {
        return apiError(c, 401, 'login_required', 'Log in, or join through an invitation link.');
      }
      const visible = [];
      for (const network of await directory.listNetworks()) {
        const access = await networkAccess(directory, viewer, network);
        if (access) visible.push({ ...(await networkView(deps, network)), role: access.role });
      }
      return c.json(visible);
    })
    .post('/', requireFacilitator, async (c) => {
      const body = await readBody(c, createBody);
      if (!body.ok) return body.response;
      const { sessions: given, programme, themePack, ...fields } = body.data;
      const network: NetworkRecord = { id: newId(), ...fields, archivedAt: null, createdAt: Date.now() };
      const plan =
        given ??
        (programme
          ? programmePlan(programme, network.startDate, network.language, DEFAULT_TIME, themePack)
          : defaultSessions(network.startDate));
      const sessions = [];
      for (const [i, session] of plan.entries()) {
        const seed = programme && sessionBoardUpdate(programme, i, network.language, themePack);
        sessions.push(await newSession(network.id, i + 1, session, seed));
      }
      await directory.createNetwork(network, sessions);
      return c.json(await networkView(deps, network), 201);
    })
    .get('/:networkId', async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      return c.json({ ...(await networkView(deps, found.network)), role: found.access.role });
    })
    .patch('/:networkId', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const body = await readBody(c, updateBody);
      if (!body.ok) return body.response;
      const updated = { ...found.network, ...body.data };
      await directory.updateNetwork(updated);
      return c.json(await networkView(deps, updated));
    })
    .post('/:networkId/archive', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const archived = { ...found.network, archivedAt: found.network.archivedAt ?? Date.now() };
      await directory.updateNetwork(archived);
      // Members keep reading an archived network's boards but no longer edit: their connections start
      // over, and come back with the read-only role.
      const boards = new Set((await directory.listSessions(archived.id)).map((s) => s.boardId));
      deps.rooms.closePeers(
        (boardId, identity) => boards.has(boardId) && identity.role !== 'facilitator',
        CLOSE_CODES.serviceRestart,
        'access changed',
      );
      return c.json(await networkView(deps, archived));
    })
    .post('/:networkId/sessions', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const body = await readBody(c, sessionFields);
      if (!body.ok) return body.response;
      const existing = await directory.listSessions(found.network.id);
      const session = await newSession(found.network.id, existing.length + 1, body.data);
      await directory.addSession(session);
      return c.json(session, 201);
    })
    .patch('/:networkId/sessions/:sessionId', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const session = await ownSession(c, deps, found.network);
      if (session instanceof Response) return session;
      const body = await readBody(c, sessionFields.partial());
      if (!body.ok) return body.response;
      const updated = { ...session, ...body.data };
      await directory.updateSession(updated);
      return c.json(updated);
    })
    .delete('/:networkId/sessions/:sessionId', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const session = await ownSession(c, deps, found.network);
      if (session instanceof Response) return session;
      await directory.deleteSession(session.id);
      const rest = await directory.listSessions(found.network.id);
      await directory.reorderSessions(
        found.network.id,
        rest.map((s) => s.id),
      );
      return c.body(null, 204);
    })
    .put('/:networkId/sessions/order', requireFacilitator, async (c) => {
      const found = await visibleNetwork(c, deps);
      if (found instanceof Response) return found;
      const body = await readBody(c, reorderBody);
      if (!body.ok) return body.response;
      const current = (await directory.listSessions(found.network.id)).map((s) => s.id);
      if (
        body.data.ids.length !== current.length ||
        [...body.data.ids].sort().join() !== [...current].sort().join()
      ) {
        return apiError(c, 400, 'invalid_request', 'ids: must list every session of the network once.');
      }
      await directory.reorderSessions(found.network.id, body.data.ids);
      return c.json(await directory.listSessions(found.network.id));
    });
}
