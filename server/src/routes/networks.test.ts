import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../server.js';
import { api, facilitatorCookie, removeDir, startTestServer, tempDataDir } from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let cookie: string;

interface Session {
  id: string;
  title: string;
  date: string;
  time: string;
  position: number;
  boardId: string;
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  cookie = await facilitatorCookie(server);
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

const call = async <T>(method: string, path: string, body?: unknown) => {
  const response = await api(server.url, method, path, { cookie, body });
  return {
    status: response.status,
    body: (response.status === 204 ? undefined : await response.json()) as T,
  };
};

describe('networks and their sessions', () => {
  it('plans five weekly two-hour sessions from the start date, each with a fresh board', async () => {
    const { status, body } = await call<{
      id: string;
      capacity: number;
      language: string;
      sessions: Session[];
    }>('POST', '/api/networks', {
      title: 'Duurzame financiering',
      theme: 'Cashflow',
      startDate: '2026-10-27',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ capacity: 18, language: 'nl', timeZone: 'Europe/Brussels' });
    expect(body.sessions.map((s) => [s.position, s.title, s.date, s.time])).toEqual([
      [1, 'Week 1', '2026-10-27', '10:00'],
      [2, 'Week 2', '2026-11-03', '10:00'],
      [3, 'Week 3', '2026-11-10', '10:00'],
      [4, 'Week 4', '2026-11-17', '10:00'],
      [5, 'Week 5', '2026-11-24', '10:00'],
    ]);
    expect(new Set(body.sessions.map((s) => s.boardId)).size).toBe(5);
    for (const session of body.sessions) {
      const board = await call<{ title: string }>('GET', `/api/boards/${session.boardId}`);
      expect(board.body.title).toBe(session.title);
    }
  });

  it('keeps the time zone the network meets in, and refuses one that does not exist', async () => {
    const created = await call<{ id: string; timeZone: string }>('POST', '/api/networks', {
      title: 'Working internationally',
      startDate: '2026-10-27',
      timeZone: 'Europe/Lisbon',
    });
    expect(created.body.timeZone).toBe('Europe/Lisbon');
    const refused = await call<{ error: string }>('PATCH', `/api/networks/${created.body.id}`, {
      timeZone: 'Europe/Atlantis',
    });
    expect(refused.status).toBe(400);
    const read = await call<{ timeZone: string }>('GET', `/api/networks/${created.body.id}`);
    expect(read.body.timeZone).toBe('Europe/Lisbon');
  });

  it('adds, changes, removes and reorders sessions, and archives the network', async () => {
    const created = await call<{ id: string; sessions: Session[] }>('POST', '/api/networks', {
      title: 'Internationaal werken',
      startDate: '2026-09-01',
      sessions: [
        { title: 'Kennismaking', date: '2026-09-01', time: '13:30', durationMinutes: 120 },
        { title: 'Verdieping', date: '2026-09-08', time: '13:30', durationMinutes: 120 },
      ],
    });
    const base = `/api/networks/${created.body.id}`;
    const [first, second] = created.body.sessions;
    const added = await call<Session>('POST', `${base}/sessions`, {
      title: 'Slot',
      date: '2026-09-15',
      time: '09:00',
      durationMinutes: 90,
    });
    expect(added.body.position).toBe(3);
    expect((await call('PATCH', `${base}/sessions/${second!.id}`, { time: '25:00' })).status).toBe(400);
    const changed = await call<Session>('PATCH', `${base}/sessions/${second!.id}`, {
      title: 'Experten aan het woord',
    });
    expect(changed.body.title).toBe('Experten aan het woord');
    const order = [added.body.id, first!.id, second!.id];
    const reordered = await call<Session[]>('PUT', `${base}/sessions/order`, { ids: order });
    expect(reordered.body.map((s) => s.id)).toEqual(order);
    expect((await call('PUT', `${base}/sessions/order`, { ids: [first!.id] })).status).toBe(400);
    expect((await call('DELETE', `${base}/sessions/${first!.id}`)).status).toBe(204);
    const after = await call<{ sessions: Session[] }>('GET', base);
    expect(after.body.sessions.map((s) => [s.position, s.title])).toEqual([
      [1, 'Slot'],
      [2, 'Experten aan het woord'],
    ]);
    const archived = await call<{ archivedAt: number | null }>('POST', `${base}/archive`);
    expect(archived.body.archivedAt).toEqual(expect.any(Number));
  });

  it('validates with one error shape', async () => {
    const bad = await call<{ error: { code: string; message: string } }>('POST', '/api/networks', {
      title: '',
      startDate: 'next week',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
    expect((await call('GET', '/api/networks/nope1234')).status).toBe(404);
  });
});
