import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './server.js';
import { removeDir, startTestServer, tempDataDir } from './server.test-helpers.js';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, { clientDir: dataDir });
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

const post = (body: string) =>
  fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('HTTP API', () => {
  it('reports health', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', openBoards: 0 });
  });

  it('creates and reads a board', async () => {
    const created = await post(JSON.stringify({ title: '  Week 1 — kennismaking ' }));
    expect(created.status).toBe(201);
    const board = (await created.json()) as { id: string; title: string };
    expect(board.title).toBe('Week 1 — kennismaking');
    const read = await fetch(`${server.url}/api/boards/${board.id}`);
    expect(await read.json()).toEqual(board);
  });

  it('answers bad input with 400 and unknown boards with 404, in one error shape', async () => {
    const badJson = await post('{"title":');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
    expect((await post(JSON.stringify({ title: 'x'.repeat(121) }))).status).toBe(400);
    expect((await post(JSON.stringify({ title: 42 }))).status).toBe(400);
    const missing = await fetch(`${server.url}/api/boards/doesNotExist1`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'board_not_found' } });
    expect((await fetch(`${server.url}/api/nope`)).status).toBe(404);
  });

  it('publishes an OpenAPI document with the public operationIds', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(document.openapi).toMatch(/^3\.1/);
    const operationIds = Object.values(document.paths).flatMap((path) =>
      Object.values(path).map((op) => op.operationId),
    );
    expect(operationIds).toEqual(expect.arrayContaining(['getHealth', 'createBoard', 'getBoard']));
  });

  it('says plainly when the client is not built', async () => {
    const response = await fetch(`${server.url}/b/anything`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('not built');
  });
});
