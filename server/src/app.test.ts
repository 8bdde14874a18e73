import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './server.js';
import { facilitatorCookie, removeDir, startTestServer, tempDataDir } from './server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, { clientDir: dataDir });
  cookie = await facilitatorCookie(server);
});

/** What our client sends with every request: the CSRF header and the facilitator's login. */
const headers = () => ({ 'content-type': 'application/json', 'x-werkplaats-csrf': '1', cookie });

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

const post = (body: string) =>
  fetch(`${server.url}/api/boards`, { method: 'POST', headers: headers(), body });

describe('HTTP API', () => {
  it('reports health', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(await response.json()).toEqual({
      status: 'ok',
      version,
      uptimeSeconds: expect.any(Number),
      openBoards: 0,
    });
  });

  it('creates an untitled board from an empty body', async () => {
    const created = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: headers() });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ title: 'Untitled board', createdAt: expect.any(Number) });
  });

  it('creates and reads a board', async () => {
    const created = await post(JSON.stringify({ title: '  Week 1 — kennismaking ' }));
    expect(created.status).toBe(201);
    const board = (await created.json()) as { id: string; title: string };
    expect(board.title).toBe('Week 1 — kennismaking');
    const read = await fetch(`${server.url}/api/boards/${board.id}`, { headers: headers() });
    expect(await read.json()).toEqual(board);
  });

  it('answers bad input with 400 and unknown boards with 404, in one error shape', async () => {
    const badJson = await post('{"title":');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
    expect((await post(JSON.stringify({ title: 'x'.repeat(121) }))).status).toBe(400);
    expect((await post(JSON.stringify({ title: 42 }))).status).toBe(400);
    const missing = await fetch(`${server.url}/api/boards/doesNotExist1`, { headers: headers() });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'board_not_found' } });
    expect((await post(JSON.stringify({ title: '   ' }))).status).toBe(400);
    expect((await post('null')).status).toBe(400);
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['POST', '/api/nope'],
      ['DELETE', '/api/boards'],
      ['GET', '/sync/abcd1234'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method, headers: headers() });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    const tooBig = await post(JSON.stringify({ title: 'x'.repeat(100_000) }));
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: { code: 'body_too_large' } });
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

describe('serving the built client', () => {
  let clientDir: string;
  let withClient: RunningServer;

  beforeAll(async () => {
    clientDir = tempDataDir();
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Werkplaats app</title>');
    writeFileSync(join(clientDir, 'assets', 'index-a1b2c3.js'), 'console.log(1);');
    writeFileSync(join(clientDir, 'assets', 'index-a1b2c3.js.br'), brotliCompressSync('console.log(1);'));
    writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    withClient = await startTestServer(join(clientDir, 'data'), { clientDir });
  });

  afterAll(async () => {
    await withClient.close();
    removeDir(clientDir);
  });

  const get = (path: string) => fetch(`${withClient.url}${path}`);

  it('serves files with their content type; hashed assets are cached for good', async () => {
    const script = await get('/assets/index-a1b2c3.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
    const icon = await get('/favicon.svg');
    expect(icon.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the compressed copy the build wrote to a browser that accepts it', async () => {
    const compressed = await fetch(`${withClient.url}/assets/index-a1b2c3.js`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toContain('Accept-Encoding');
    expect(compressed.headers.get('content-type')).toMatch(/javascript/);
    expect(await compressed.text()).toBe('console.log(1);');
    const plain = await fetch(`${withClient.url}/assets/index-a1b2c3.js`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log(1);');
  });

  it('answers client routes with index.html, always revalidated', async () => {
    for (const path of ['/', '/b/someBoardId']) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('Werkplaats app');
    }
  });

  it('gives a 404, not the app, for a missing asset', async () => {
    expect((await get('/assets/index-old.js')).status).toBe(404);
  });
});

describe('starting', () => {
  it('fails clearly when the port is taken', async () => {
    const dir = tempDataDir();
    await expect(startTestServer(dir, { port: server.port })).rejects.toThrow(/EADDRINUSE/);
    removeDir(dir);
  });
});
