import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  cookiesFrom,
  createInvite,
  createNetwork,
  facilitatorCookie,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  type TestNetwork,
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let network: TestNetwork;
let boardId: string;

beforeEach(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, {}, { attendanceIntervalMs: 50 });
  network = await createNetwork(server, { title: 'Nieuwe businessmodellen', capacity: 2 });
  boardId = network.sessions[0]!.boardId;
});

afterEach(async () => {
  await server.close();
  removeDir(dataDir);
});

const preview = (token: string) => api(server.url, 'GET', `/api/invites/${token}`);
const accept = (token: string, name: string, cookie?: string) =>
  api(server.url, 'POST', `/api/invites/${token}/accept`, {
    cookie,
    body: { name, organisation: 'Cultuurhuis' },
  });
const code = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('invite links', () => {
  it('lead to a preview and a device session for the network', async () => {
    const { token } = await createInvite(server, boardId, { role: 'participant' });
    const shown = (await (await preview(token)).json()) as { network: { title: string }; role: string };
    expect(shown).toMatchObject({ network: { title: 'Nieuwe businessmodellen' }, role: 'participant' });
    const joined = await accept(token, '  Anneleen  ');
    expect(joined.status).toBe(201);
    const cookie = cookiesFrom(joined);
    expect(joined.headers.getSetCookie()[0]).toMatch(
      /^wp_device=[\w-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const access = await api(server.url, 'GET', `/api/boards/${boardId}/access`, { cookie });
    expect(await access.json()).toMatchObject({
      user: { name: 'Anneleen', role: 'participant' },
      session: { position: 1 },
    });
    // Accepting again from the same browser keeps one person (and one seat).
    expect((await accept(token, 'Anneleen V.', cookie)).status).toBe(200);
    const people = (await (
      await api(server.url, 'GET', `/api/networks/${network.id}/people`, {
        cookie: await facilitatorCookie(server),
      })
    ).json()) as unknown[];
    expect(people).toHaveLength(1);
  });

  it('stop working when expired, used up or revoked, each with its own answer', async () => {
    const expired = await createInvite(server, boardId, { role: 'participant', expiresAt: Date.now() - 1 });
    expect(await code(await preview(expired.token))).toBe('invite_expired');
    expect((await accept(expired.token, 'Late')).status).toBe(410);

    const once = await createInvite(server, boardId, { role: 'expert', maxUses: 1 });
    expect((await accept(once.token, 'First')).status).toBe(201);
    const second = await accept(once.token, 'Second');
    expect(second.status).toBe(410);
    expect(await code(second)).toBe('invite_used_up');

    const revoked = await createInvite(server, boardId, { role: 'participant' });
    const cookie = await facilitatorCookie(server);
    expect(
      (await api(server.url, 'DELETE', `/api/networks/${network.id}/invites/${revoked.id}`, { cookie }))
        .status,
    ).toBe(204);
    expect(await code(await preview(revoked.token))).toBe('invite_revoked');
  });

  it('respect the capacity for participants, not for experts', async () => {
    const { token } = await createInvite(server, boardId, { role: 'participant' });
    expect((await accept(token, 'One')).status).toBe(201);
    expect((await accept(token, 'Two')).status).toBe(201);
    const full = await accept(token, 'Three');
    expect(full.status).toBe(409);
    expect(await code(full)).toBe('invite_full');
    expect(await code(await preview(token))).toBe('invite_full');
    const expert = await createInvite(server, boardId, { role: 'expert' });
    expect((await accept(expert.token, 'Guest speaker')).status).toBe(201);
  });

  it('throttles guessing per address', async () => {
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await preview('A'.repeat(43))).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const { token } = await createInvite(server, boardId, { role: 'participant' });
    expect((await preview(token)).status).toBe(429);
  });
});

describe('losing access', () => {
  it.each(['revoking their invite', 'removing them'])(
    '%s closes their live connection within 5 s',
    async (how) => {
      const { token, id } = await createInvite(server, boardId, { role: 'participant' });
      const joined = await accept(token, 'Ben');
      const { personId } = (await joined.json()) as { personId: string };
      const cookie = cookiesFrom(joined);
      const raw = await rawSocket(server, boardId, null, { headers: { cookie } });
      const other = await rawSocket(server, boardId, { name: 'Stays' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const facilitator = await facilitatorCookie(server);
      const started = Date.now();
      const path =
        how === 'removing them'
          ? `/api/networks/${network.id}/people/${personId}`
          : `/api/networks/${network.id}/invites/${id}`;
      expect((await api(server.url, 'DELETE', path, { cookie: facilitator })).status).toBe(204);
      expect((await raw.closed).code).toBe(CLOSE_CODES.unauthorized);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(other.ws.readyState).toBe(other.ws.OPEN);
      const again = await rawSocket(server, boardId, null, { headers: { cookie } });
      expect((await again.closed).code).toBe(CLOSE_CODES.unauthorized);
      const me = (await (await api(server.url, 'GET', '/api/me', { cookie })).json()) as {
        lostAccess: boolean;
      };
      expect(me.lostAccess).toBe(true);
      other.ws.close();
    },
  );
});

describe('attendance', () => {
  const local = (at: Date) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
      time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    };
  };

  it('notes who was on a session’s board during its scheduled time, per session', async () => {
    const now = local(new Date(Date.now() - 10 * 60_000));
    const later = local(new Date(Date.now() + 7 * 24 * 3_600_000));
    const scheduled = await createNetwork(server, {
      title: 'Internationaal werken',
      sessions: [
        { title: 'Week 1', ...now, durationMinutes: 120 },
        { title: 'Week 2', ...later, durationMinutes: 120 },
      ],
    });
    const [running, upcoming] = scheduled.sessions;
    const ana = await rawSocket(server, running!.boardId, { name: 'Ana' });
    const early = await rawSocket(server, upcoming!.boardId, { name: 'Ana' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const cookie = await facilitatorCookie(server);
    const attendance = (await (
      await api(server.url, 'GET', `/api/networks/${scheduled.id}/attendance`, { cookie })
    ).json()) as {
      sessionId: string;
      name: string;
      role: string;
      firstSeen: number;
      lastSeen: number;
    }[];
    expect(attendance).toEqual([
      expect.objectContaining({ sessionId: running!.id, name: 'Ana', role: 'participant' }),
    ]);
    expect(attendance[0]!.lastSeen).toBeGreaterThan(attendance[0]!.firstSeen);
    ana.ws.close();
    early.ws.close();
  });
});
