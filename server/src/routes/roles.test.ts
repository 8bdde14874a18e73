import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, MESSAGE_AUTH } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  cookieFor,
  createInvite,
  createNetwork,
  facilitatorCookie,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
  type TestNetwork,
  type Who,
} from '../server.test-helpers.js';
import { OPERATIONS, type Operation } from './operations.js';
import { syncUpdateMessage } from '../collab/messages.js';
import * as Y from 'yjs';
import { createBoardDoc, createItem, createLocalOrigin, LIBRARY_TEMPLATES } from '@werkplaats/shared';

let dataDir: string;
let server: RunningServer;
let network: TestNetwork;
let other: TestNetwork;
const cookies: Record<string, string> = {};
let params: Record<string, string>;

const CALLERS: Record<string, Who | 'anonymous' | 'outsider'> = {
  facilitator: { name: 'Fien', role: 'facilitator' },
  participant: { name: 'Pieter', role: 'participant' },
  expert: { name: 'Eva', role: 'expert' },
  commenter: { name: 'Kees', role: 'expert', commentOnly: true },
  observer: { name: 'Olga', role: 'observer' },
  outsider: 'outsider',
  anonymous: 'anonymous',
};

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  network = await createNetwork(server, { title: 'Duurzame financiering' });
  other = await createNetwork(server, { title: 'Internationaal werken' });
  const board = network.sessions[0]!.boardId;
  for (const [caller, who] of Object.entries(CALLERS)) {
    if (who === 'anonymous') cookies[caller] = '';
    else if (who === 'outsider')
      cookies[caller] = await cookieFor(server, other.sessions[0]!.boardId, { name: 'Otto' });
    else cookies[caller] = await cookieFor(server, board, who);
  }
  // Targets of the destructive operations, so they do not remove the callers' own access.
  const spareInvite = await createInvite(server, board, { role: 'participant' });
  const spare = await api(server.url, 'POST', `/api/invites/${spareInvite.token}/accept`, {
    body: { name: 'Spare' },
  });
  const token = (await createInvite(server, board, { role: 'participant' })).token;
  const saved = await api(server.url, 'POST', '/api/templates', {
    cookie: await facilitatorCookie(server),
    body: { ...LIBRARY_TEMPLATES[0], id: 'roles' },
  });
  const checkpoint = await api(server.url, 'POST', `/api/boards/${board}/checkpoints`, {
    cookie: await facilitatorCookie(server),
    body: { name: 'roles' },
  });
  params = {
    checkpointId: ((await checkpoint.json()) as { id: string }).id,
    networkId: network.id,
    sessionId: network.sessions[4]!.id,
    inviteId: spareInvite.id,
    personId: ((await spare.json()) as { personId: string }).personId,
    boardId: board,
    templateId: ((await saved.json()) as { id: string }).id,
    token,
  };
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

function call(op: Operation, cookie: string) {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name]!);
  return api(server.url, op.method.toUpperCase(), path, {
    cookie,
    body: op.method === 'get' ? undefined : {},
  });
}

const guarded = OPERATIONS.filter((op) => op.access === 'facilitator' || op.access === 'member');
// The facilitator goes last: their calls delete, revoke and archive.
const order = ['anonymous', 'outsider', 'observer', 'commenter', 'expert', 'participant', 'facilitator'];
const members = new Set(['facilitator', 'participant', 'expert', 'commenter', 'observer']);

describe('every route enforces its role', () => {
  for (const caller of order) {
    it.each(guarded.map((op) => [op.operationId, op] as const))(`${caller}: %s`, async (_id, op) => {
      // Listing networks is for anyone in some network; what it lists is checked below.
      const anyMember = op.operationId === 'listNetworks' && caller === 'outsider';
      const allowed =
        op.access === 'facilitator' ? caller === 'facilitator' : members.has(caller) || anyMember;
      const response = await call(op, cookies[caller]!);
      if (allowed) expect([401, 403, 404], `${caller} ${op.operationId}`).not.toContain(response.status);
      else expect([401, 404], `${caller} ${op.operationId}`).toContain(response.status);
    });
  }

  it('lists to each person only the networks they are in', async () => {
    const list = async (caller: string) =>
      (
        (await (await api(server.url, 'GET', '/api/networks', { cookie: cookies[caller] })).json()) as {
          id: string;
        }[]
      ).map((n) => n.id);
    expect(await list('outsider')).toEqual([other.id]);
    expect(await list('participant')).toEqual([network.id]);
  });

  it('lists the operationIds the API promises', () => {
    expect(OPERATIONS.map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        'setup',
        'login',
        'logout',
        'me',
        'listNetworks',
        'createNetwork',
        'getNetwork',
        'updateNetwork',
        'archiveNetwork',
        'createSession',
        'updateSession',
        'deleteSession',
        'reorderSessions',
        'createInvite',
        'listInvites',
        'revokeInvite',
        'getInvitePreview',
        'join',
        'listPeople',
        'removePerson',
        'getAttendance',
        'createSyncTicket',
        'getBoardThumbnail',
        'listTemplates',
        'createTemplate',
        'renameTemplate',
        'deleteTemplate',
        'exportTemplate',
        'importTemplate',
        'createCheckpoint',
        'listCheckpoints',
        'getCheckpoint',
        'carryForward',
      ]),
    );
  });
});

describe('every sync connection gets the role of its cookie', () => {
  it.each([
    ['facilitator', true],
    ['participant', true],
    ['expert', true],
    ['commenter', false],
    ['observer', false],
  ] as const)('%s may edit: %s', async (caller, mayEdit) => {
    const fresh = await createNetwork(server, { title: `Sync ${caller}` });
    const boardId = fresh.sessions[0]!.boardId;
    const raw = await rawSocket(server, boardId, CALLERS[caller] as Who);
    const doc = createBoardDoc();
    const before = Y.encodeStateVector(doc);
    createItem(
      doc,
      { type: 'sticky', x: 0, y: 0, text: caller },
      { userId: 'u', name: 'U' },
      createLocalOrigin('u'),
    );
    raw.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(doc, before)));
    if (mayEdit) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(raw.messages.some((m) => m[0] === MESSAGE_AUTH)).toBe(false);
    } else {
      await waitFor(() => raw.messages.some((m) => m[0] === MESSAGE_AUTH), 'the refusal');
    }
    raw.ws.close();
  });

  it('refuses someone from another network, and anyone without a cookie (4401)', async () => {
    const boardId = network.sessions[1]!.boardId;
    const facilitator = await facilitatorCookie(server);
    expect(facilitator).not.toBe('');
    for (const cookie of [cookies.outsider!, '']) {
      const raw = await rawSocket(server, boardId, null, { headers: cookie ? { cookie } : {} });
      expect((await raw.closed).code).toBe(CLOSE_CODES.unauthorized);
    }
  });
});
