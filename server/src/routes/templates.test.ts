import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  LIBRARY_TEMPLATES,
  readItems,
  TEMPLATE_VERSION,
  type FrameItem,
  type Template,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import { api, facilitatorCookie, removeDir, startTestServer, tempDataDir } from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  cookie = await facilitatorCookie(server);
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

interface Saved {
  id: string;
  name: string;
  scope: string;
  template: Template;
}

const call = async <T>(method: string, path: string, body?: unknown) => {
  const response = await api(server.url, method, path, { cookie, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
};

const ownTemplate = (name: string): Template => ({
  ...LIBRARY_TEMPLATES[0]!,
  id: 'anything',
  name,
  description: 'Saved from week 1',
});

describe('organisation templates', () => {
  it('saves, lists, renames, exports and deletes a template', async () => {
    const created = await call<Saved>('POST', '/api/templates', ownTemplate('Our check-in'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Our check-in', scope: 'frame' });
    expect(created.body.template.id).toBe(`org/${created.body.id}`);

    const listed = await call<Saved[]>('GET', '/api/templates');
    expect(listed.body.map((t) => t.name)).toContain('Our check-in');

    const renamed = await call<Saved>('PATCH', `/api/templates/${created.body.id}`, {
      name: 'Check-in, our way',
    });
    expect(renamed.body.name).toBe('Check-in, our way');
    expect(renamed.body.template.name).toBe('Check-in, our way');

    const exported = await call<Template>('GET', `/api/templates/${created.body.id}/export`);
    expect(exported.headers.get('content-disposition')).toMatch(
      /attachment; filename="Check-in-our-way\.werkplaats\.json"/,
    );
    expect(exported.body).toMatchObject({
      kind: 'werkplaats/template',
      version: TEMPLATE_VERSION,
      name: 'Check-in, our way',
    });

    const imported = await call<Saved>('POST', '/api/templates/import', exported.body);
    expect(imported.status).toBe(201);
    expect(imported.body.id).not.toBe(created.body.id);
    expect(imported.body.template.items).toEqual(exported.body.items);

    expect((await call('DELETE', `/api/templates/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', `/api/templates/${created.body.id}/export`)).status).toBe(404);
  });

  it.each([
    ['a newer format', { ...ownTemplate('New'), version: TEMPLATE_VERSION + 1 }, /newer version/],
    ['something else', { hello: 'world' }, /not a Werkplaats template/],
    [
      'a bad item',
      { ...ownTemplate('Bad'), items: [{ type: 'sticky', x: 0, y: 0, color: 'black' }] },
      /color/,
    ],
  ])('refuses to import %s, clearly, and stores nothing', async (_name, body, message) => {
    const before = (await call<Saved[]>('GET', '/api/templates')).body.length;
    const response = await call<{ error: { code: string; message: string } }>(
      'POST',
      '/api/templates/import',
      body,
    );
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'invalid_template',
      message: expect.stringMatching(message),
    });
    expect((await call<Saved[]>('GET', '/api/templates')).body).toHaveLength(before);
  });

  it('takes a whole board bigger than the usual body limit, up to its own limit', async () => {
    const notes = Array.from({ length: 1500 }, (_, i) => ({
      type: 'sticky',
      x: (i % 40) * 220,
      y: Math.floor(i / 40) * 220,
      color: 'yellow',
      text: `Idea number ${i} from the board`,
    }));
    const big = { ...ownTemplate('Whole board'), scope: 'session', items: notes };
    expect(JSON.stringify(big).length).toBeGreaterThan(64 * 1024);
    expect((await call('POST', '/api/templates', big)).status).toBe(201);
  });

  it('is for facilitators only', async () => {
    const response = await api(server.url, 'GET', '/api/templates');
    expect(response.status).toBe(401);
  });
});

describe('networks from a programme', () => {
  it('lays out each session board from the programme, in the network’s language, structure locked', async () => {
    const created = await call<{
      sessions: { title: string; durationMinutes: number; boardId: string; date: string }[];
    }>('POST', '/api/networks', {
      title: 'Internationaal werken',
      language: 'nl',
      startDate: '2026-10-05',
      programme: 'design-thinking-5',
      themePack: 'working-internationally',
    });
    expect(created.status).toBe(201);
    const sessions = created.body.sessions;
    expect(sessions.map((s) => s.title)).toEqual([
      'Week 1 · Kennismaken en verkennen',
      'Week 2 · Definiëren',
      'Week 3 · Ideeën bedenken',
      'Week 4 · Prototypen',
      'Week 5 · Testen en verankeren',
    ]);
    expect(sessions.map((s) => s.date)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);

    const stored = await server.store.loadBoard(sessions[3]!.boardId);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const frames = readItems(doc).items.filter((item): item is FrameItem => item.type === 'frame');
    const steps = frames.filter((frame) => frame.step);
    expect(steps.reduce((sum, frame) => sum + frame.step!.minutes, 0)).toBe(120);
    expect(frames.map((frame) => frame.title)).toContain('3. Partner- en stakeholderkaart');
    expect(frames.every((frame) => frame.locked)).toBe(true);
  });

  it('plans three Learning Labs of two to three hours in English', async () => {
    const created = await call<{ sessions: { title: string; durationMinutes: number }[] }>(
      'POST',
      '/api/networks',
      {
        title: 'FULCRUM',
        language: 'en',
        startDate: '2026-11-04',
        programme: 'learning-lab-3',
      },
    );
    expect(created.body.sessions.map((s) => [s.title, s.durationMinutes])).toEqual([
      ['Learning Lab 1 · Needs and goals', 150],
      ['Learning Lab 2 · Progress and obstacles', 150],
      ['Learning Lab 3 · Results and next steps', 180],
    ]);
  });

  it('refuses an unknown programme', async () => {
    const response = await call('POST', '/api/networks', {
      title: 'X',
      startDate: '2026-11-04',
      programme: 'seven-weeks',
    });
    expect(response.status).toBe(400);
  });
});
