import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  FILL_COLORS,
  INK_COLORS,
  STICKY_COLORS,
  createBoardDoc,
  createItems,
  createLocalOrigin,
  readItems,
  type Item,
  type NewItem,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  connectClient,
  cookieFor,
  createNetwork,
  removeDir,
  startTestServer,
  storedRows,
  sleep,
  tempDataDir,
  waitForSync,
  type TestNetwork,
} from '../server.test-helpers.js';
import { renderBoardThumbnail, THUMBNAIL_HEIGHT, THUMBNAIL_WIDTH } from './board-thumbnail.js';

const SECRET = '<script>alert("x")</script> & secret words';
const author = { userId: 'u1', name: SECRET };

function itemsOf(inputs: NewItem[]): { doc: Y.Doc; items: Item[] } {
  const doc = createBoardDoc();
  createItems(doc, inputs, author, createLocalOrigin('u1'));
  return { doc, items: readItems(doc).items };
}

/** Every number in the SVG's geometry attributes. */
function numbersIn(svg: string): number[] {
  return [...svg.matchAll(/(?:x|y|width|height|cx|cy|rx|ry|points)="([^"]*)"/g)].flatMap((m) =>
    m[1]!.split(/[ ,]+/).map(Number),
  );
}

describe('renderBoardThumbnail', () => {
  it('draws a placeholder for an empty board', () => {
    const svg = renderBoardThumbnail([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${THUMBNAIL_WIDTH} ${THUMBNAIL_HEIGHT}"`);
    expect(svg).toContain('stroke-dasharray');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws each item type in its palette colours, without any text', () => {
    const { items } = itemsOf([
      { type: 'frame', x: -100, y: -100, w: 1200, h: 800, title: SECRET, fill: 'cyan' },
      { type: 'sticky', x: 0, y: 0, color: 'pink', text: SECRET, authorName: SECRET },
      { type: 'shape', x: 300, y: 0, kind: 'ellipse', fill: 'green', stroke: 'red', text: SECRET },
      { type: 'shape', x: 600, y: 0, kind: 'diamond', fill: 'violet', stroke: 'blue' },
      { type: 'shape', x: 600, y: 300, kind: 'rectangle', fill: 'orange', stroke: 'black' },
      { type: 'text', x: 0, y: 400, text: SECRET, color: 'green' },
      {
        type: 'connector',
        x: 0,
        y: 0,
        start: { kind: 'point', x: 10, y: 500 },
        end: { kind: 'point', x: 400, y: 600 },
        stroke: 'violet',
      },
      { type: 'pen', x: 700, y: 500, points: [0, 0, 20, 30, 40, 10], color: 'orange' },
    ]);
    const svg = renderBoardThumbnail(items);
    expect(svg).toContain(`fill="${FILL_COLORS.cyan}"`);
    expect(svg).toContain(`fill="${STICKY_COLORS.pink}"`);
    expect(svg).toMatch(new RegExp(`<ellipse [^>]*fill="${FILL_COLORS.green}" stroke="${INK_COLORS.red}"`));
    expect(svg).toMatch(new RegExp(`<polygon [^>]*fill="${FILL_COLORS.violet}"`));
    expect(svg).toContain(`fill="${FILL_COLORS.orange}"`);
    expect(svg).toMatch(new RegExp(`<polyline [^>]*stroke="${INK_COLORS.violet}"`));
    expect(svg).toMatch(new RegExp(`<polyline [^>]*stroke="${INK_COLORS.orange}"`));
    // No user text, and no markup beyond the drawing's own elements.
    expect(svg).not.toContain('secret');
    expect(svg).not.toContain('script');
    expect(svg).not.toContain('&');
    expect(svg).not.toContain('<text');
    const tags = new Set([...svg.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['ellipse', 'g', 'polygon', 'polyline', 'rect', 'svg']);
    expect(numbersIn(svg).every(Number.isFinite)).toBe(true);
  });

  it('fits far-apart items into the view', () => {
    const { items } = itemsOf([
      { type: 'sticky', x: -50_000, y: 20_000, color: 'yellow' },
      { type: 'sticky', x: 90_000, y: -30_000, color: 'blue' },
    ]);
    const svg = renderBoardThumbnail(items);
    const translations = [...svg.matchAll(/translate\(([-\d.]+) ([-\d.]+)\)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(translations).toHaveLength(2);
    for (const [x, y] of translations) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(THUMBNAIL_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(THUMBNAIL_HEIGHT);
    }
  });

  it('draws a connector attached to items between them', () => {
    const { doc } = itemsOf([
      { type: 'sticky', id: 'a', x: 0, y: 0, color: 'yellow' },
      { type: 'sticky', id: 'b', x: 1000, y: 0, color: 'yellow' },
    ]);
    createItems(
      doc,
      [
        {
          type: 'connector',
          x: 0,
          y: 0,
          start: { kind: 'item', itemId: 'a', anchor: 'auto' },
          end: { kind: 'item', itemId: 'b', anchor: 'auto' },
        },
      ],
      author,
      createLocalOrigin('u1'),
    );
    const svg = renderBoardThumbnail(readItems(doc).items);
    const line = /<polyline points="([^"]*)"/.exec(svg)![1]!.split(/[ ,]/).map(Number);
    expect(line).toHaveLength(4);
    expect(line[0]!).toBeLessThan(line[2]!);
  });
});

describe('GET /api/boards/:id/thumbnail.svg', () => {
  let dataDir: string;
  let server: RunningServer;
  let network: TestNetwork;

  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startTestServer(dataDir);
    network = await createNetwork(server, { title: 'Thumbnails' });
  });

  afterAll(async () => {
    await server.close();
    removeDir(dataDir);
  });

  it('draws a board that is not open from storage, writing nothing', async () => {
    const boardId = network.sessions[1]!.boardId;
    const { doc } = itemsOf([{ type: 'sticky', x: 0, y: 0, color: 'green', text: SECRET }]);
    await server.store.appendUpdate(boardId, Y.encodeStateAsUpdate(doc));
    const before = storedRows(dataDir, boardId);
    const cookie = await cookieFor(server, boardId, { name: 'Pieter', role: 'observer' });
    const response = await api(server.url, 'GET', `/api/boards/${boardId}/thumbnail.svg`, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('private, max-age=30');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const svg = await response.text();
    expect(svg).toContain(`fill="${STICKY_COLORS.green}"`);
    expect(svg).not.toContain('secret');
    expect(storedRows(dataDir, boardId)).toEqual(before);
  });

  it('draws an open board from its live room', async () => {
    const boardId = network.sessions[0]!.boardId;
    const client = connectClient(server, boardId, { name: 'Eva', role: 'participant' });
    try {
      await waitForSync(client);
      createItems(
        client.doc,
        [{ type: 'shape', x: 0, y: 0, kind: 'ellipse', fill: 'pink' }],
        author,
        createLocalOrigin('u1'),
      );
      const cookie = await cookieFor(server, boardId, { name: 'Fien', role: 'facilitator' });
      let svg = '';
      const deadline = Date.now() + 5_000;
      while (!svg.includes('<ellipse') && Date.now() < deadline) {
        const response = await api(server.url, 'GET', `/api/boards/${boardId}/thumbnail.svg`, { cookie });
        svg = await response.text();
        if (!svg.includes('<ellipse')) await sleep(50);
      }
      expect(svg).toContain(`fill="${FILL_COLORS.pink}"`);
    } finally {
      client.destroy();
    }
  });

  it('is 404 without access', async () => {
    const boardId = network.sessions[0]!.boardId;
    const response = await api(server.url, 'GET', `/api/boards/${boardId}/thumbnail.svg`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toContain('svg');
  });
});
