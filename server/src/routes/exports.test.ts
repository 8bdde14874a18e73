import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import * as Y from 'yjs';
import {
  EXPORT_FORMAT_VERSION,
  NETWORK_FILE_KIND,
  createItems,
  createLocalOrigin,
  getContainer,
  type NetworkFile,
  type NewItem,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  cookieFor,
  createNetwork,
  facilitatorCookie,
  removeDir,
  startTestServer,
  tempDataDir,
  type TestNetwork,
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let network: TestNetwork;
let cookie: string;

/** Adds items (and votes) to a stored board, as if people had worked on it. */
async function fill(boardId: string, inputs: NewItem[], votes: Record<string, unknown>[] = []) {
  const doc = new Y.Doc({ gc: false });
  for (const update of (await server.store.loadBoard(boardId)).updates) Y.applyUpdate(doc, update);
  const before = Y.encodeStateVector(doc);
  createItems(doc, inputs, { userId: 'p1', name: 'Griet' }, createLocalOrigin('p1'));
  doc.transact(() => {
    for (const vote of votes) getContainer(doc, 'votes').set(String(vote.id), vote);
  });
  await server.store.appendUpdate(boardId, Y.encodeStateAsUpdate(doc, before));
  doc.destroy();
}

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { pages: totalPages, text };
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function download(path: string): Promise<Uint8Array> {
  const response = await api(server.url, 'GET', path, { cookie });
  expect(
    response.status,
    await response
      .clone()
      .text()
      .catch(() => ''),
  ).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

function withoutTime(file: NetworkFile) {
  return { ...file, exportedAt: '' };
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  cookie = await facilitatorCookie(server);
  network = await createNetwork(server, {
    title: 'Zorg & welzijn',
    theme: 'Één thema',
    startDate: '2026-10-01',
  });
  await fill(
    network.sessions[0]!.boardId,
    [
      { type: 'frame', id: 'f1', x: 0, y: 0, w: 900, h: 600, title: 'Ideeën', fill: 'white' },
      { type: 'frame', id: 'f2', x: 1000, y: 0, w: 900, h: 600, title: 'Actieplan', fill: 'white' },
      { type: 'sticky', id: 's1', x: 40, y: 40, color: 'yellow', text: 'Café "De Kroon"\nmet terras' },
      { type: 'sticky', id: 's2', x: 300, y: 40, color: 'pink', text: '=cmd|calc', anonymous: true },
      { type: 'sticky', id: 's3', x: 1040, y: 40, color: 'green', text: 'Bellen met Jan' },
    ],
    [
      {
        id: 'v1',
        title: 'Beste',
        budget: 3,
        maxPerItem: 1,
        startedAt: 1,
        revealedAt: 2,
        totals: { s1: 3, s2: 1 },
        voters: 3,
      },
    ],
  );
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

describe('exportBoard', () => {
  const board = () => network.sessions[0]!.boardId;

  it('gives a PDF with a page per frame in reading order, with title, date and the notes as text', async () => {
    const { pages, text } = await pdfText(await download(`/api/boards/${board()}/export?format=pdf`));
    expect(pages).toBe(2);
    expect(text[0]).toContain('Week 1 — Ideeën');
    expect(text[0]).toContain('2026-10-01');
    expect(text[0]).toContain('Café "De Kroon"');
    expect(text[1]).toContain('Week 1 — Actieplan');
    expect(text[1]).toContain('Bellen met Jan');
    const whole = await pdfText(await download(`/api/boards/${board()}/export?format=pdf&layout=board`));
    expect(whole.pages).toBe(1);
  });

  it('gives PNGs of the board or a frame at 1x, 2x and 4x', async () => {
    const one = pngSize(await download(`/api/boards/${board()}/export?format=png&frame=f1`));
    expect(one).toEqual({ width: 940, height: 660 });
    const two = pngSize(await download(`/api/boards/${board()}/export?format=png&frame=f1&scale=2`));
    expect(two).toEqual({ width: 1880, height: 1320 });
    const four = pngSize(
      await download(`/api/boards/${board()}/export?format=png&frame=f1&scale=4&background=transparent`),
    );
    expect(four).toEqual({ width: 3760, height: 2640 });
    const whole = pngSize(await download(`/api/boards/${board()}/export?format=png`));
    expect(whole.width).toBeGreaterThan(1900);
  });

  it('draws only the selection when items are named', async () => {
    const svg = strFromU8(await download(`/api/boards/${board()}/export?format=svg&items=s1,s2`));
    expect(svg).toContain('Café &quot;De Kroon&quot;');
    expect(svg).not.toContain('Bellen met Jan');
    expect(svg).not.toContain('Ideeën');
    const selection = pngSize(await download(`/api/boards/${board()}/export?format=png&items=s1,s2`));
    const whole = pngSize(await download(`/api/boards/${board()}/export?format=png`));
    expect(selection.width).toBeLessThan(whole.width / 2);
    expect(
      (await api(server.url, 'GET', `/api/boards/${board()}/export?format=png&items=gone`, { cookie }))
        .status,
    ).toBe(404);
  });

  it('gives an SVG with the text escaped, and CSV and Markdown', async () => {
    const svg = strFromU8(await download(`/api/boards/${board()}/export?format=svg`));
    expect(svg).toContain('Café &quot;De Kroon&quot;');
    const csvBytes = await download(`/api/boards/${board()}/export?format=csv`);
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(csvBytes);
    expect(csv.startsWith('network,')).toBe(true);
    expect(csv).toContain(",'=cmd|calc,pink,anonymous,1,");
    const md = strFromU8(await download(`/api/boards/${board()}/export?format=md`));
    expect(md).toContain('## Week 1: Week 1 (2026-10-01)');
  });

  it('refuses a bad format or frame, and anyone but facilitators', async () => {
    expect(
      (await api(server.url, 'GET', `/api/boards/${board()}/export?format=docx`, { cookie })).status,
    ).toBe(400);
    expect(
      (await api(server.url, 'GET', `/api/boards/${board()}/export?format=png&frame=nope`, { cookie }))
        .status,
    ).toBe(404);
    const participant = await cookieFor(server, board(), { name: 'Pieter', role: 'participant' });
    const refused = await api(server.url, 'GET', `/api/boards/${board()}/export`, { cookie: participant });
    expect(refused.status).toBe(401);
  });
});

describe('board import', () => {
  it('turns a board export into a new board that exports the same', async () => {
    const exported = JSON.parse(
      strFromU8(await download(`/api/boards/${network.sessions[0]!.boardId}/export`)),
    );
    const created = await api(server.url, 'POST', '/api/boards/import', { cookie, body: exported });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const again = JSON.parse(strFromU8(await download(`/api/boards/${id}/export`)));
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
  });
});

describe('exportNetwork and importNetwork', () => {
  it('gives a ZIP with every part, and certificates for who attended enough', async () => {
    const participant = await cookieFor(server, network.sessions[0]!.boardId, {
      name: 'Sofie Peeters',
      role: 'participant',
    });
    expect(participant).not.toBe('');
    const people = (await (
      await api(server.url, 'GET', `/api/networks/${network.id}/people`, { cookie })
    ).json()) as {
      id: string;
      name: string;
    }[];
    const sofie = people.find((person) => person.name === 'Sofie Peeters')!;
    for (const session of network.sessions.slice(0, 4)) {
      await server.directory.recordAttendance({
        sessionId: session.id,
        userId: sofie.id,
        name: sofie.name,
        role: 'participant',
        at: 1,
      });
    }
    const zip = unzipSync(await download(`/api/networks/${network.id}/export?attendance=4`));
    const names = Object.keys(zip).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'network.json',
        'notes.csv',
        'votes.csv',
        'report.md',
        'report.html',
        'certificates/sofie-peeters.pdf',
        'frames/week-1/01-ideeen.png',
        'frames/week-1/02-actieplan.png',
        ...network.sessions.map((_, i) =>
          expect.stringMatching(new RegExp(`^sessions/week-${i + 1}-.*\\.pdf$`)),
        ),
      ]),
    );
    const certificate = await pdfText(zip['certificates/sofie-peeters.pdf']!);
    expect(certificate.pages).toBe(1);
    expect(certificate.text[0]).toContain('Sofie Peeters');
    expect(certificate.text[0]).toContain('Zorg & welzijn');
    expect(certificate.text[0]).toContain('Aanwezig op 4 van de 5 sessies');
    expect(certificate.text[0]).toContain('Fien Facilitator');
    const strict = unzipSync(await download(`/api/networks/${network.id}/export?attendance=5`));
    expect(Object.keys(strict).some((name) => name.startsWith('certificates/'))).toBe(false);
    const single = await download(`/api/networks/${network.id}/certificates/${sofie.id}?attendance=4`);
    expect((await pdfText(single)).text[0]).toContain('Sofie Peeters');
    const refused = await api(
      server.url,
      'GET',
      `/api/networks/${network.id}/certificates/${sofie.id}?attendance=5`,
      { cookie },
    );
    expect(refused.status).toBe(409);
    const votes = strFromU8(zip['votes.csv']!);
    expect(votes.split('\r\n')[1]).toContain('Beste,,s1,');
  });

  it('round-trips: export, import, export gives the same network.json', async () => {
    const first = JSON.parse(
      strFromU8(unzipSync(await download(`/api/networks/${network.id}/export`))['network.json']!),
    );
    expect(first).toMatchObject({ kind: NETWORK_FILE_KIND, version: EXPORT_FORMAT_VERSION });
    const created = await api(server.url, 'POST', '/api/networks/import', { cookie, body: first });
    expect(created.status).toBe(201);
    const imported = (await created.json()) as { id: string; sessions: unknown[] };
    expect(imported.sessions).toHaveLength(5);
    const second = JSON.parse(
      strFromU8(unzipSync(await download(`/api/networks/${imported.id}/export`))['network.json']!),
    );
    expect(withoutTime(second)).toEqual(withoutTime(first));
  });

  it('refuses a wrong or newer format, or an invalid file, importing nothing', async () => {
    const listed = async () =>
      ((await (await api(server.url, 'GET', '/api/networks', { cookie })).json()) as unknown[]).length;
    const before = await listed();
    const file = JSON.parse(
      strFromU8(unzipSync(await download(`/api/networks/${network.id}/export`))['network.json']!),
    );
    const post = (body: unknown) => api(server.url, 'POST', '/api/networks/import', { cookie, body });
    const wrong = await post({ ...file, kind: 'werkplaats/board' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: 'wrong_format' } });
    const newer = await post({ ...file, version: 99 });
    expect(await newer.json()).toMatchObject({ error: { code: 'newer_version' } });
    const broken = structuredClone(file);
    broken.sessions[4].board.items.push({ id: 'x', type: 'sticky', x: 'left' });
    const invalid = await post(broken);
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({
      error: { code: 'invalid', message: expect.stringContaining('sessions.4.board.items') },
    });
    expect(await listed()).toBe(before);
  });
});
