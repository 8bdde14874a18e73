import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../server.js';
import {
  api,
  cookiesFrom,
  createBoard,
  FACILITATOR_EMAIL,
  facilitatorCookie,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  TEST_PASSWORD,
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

const me = async (cookie?: string) =>
  (await (await api(server.url, 'GET', '/api/me', { cookie })).json()) as {
    facilitator: { email: string } | null;
  };

describe('first facilitator', () => {
  it('is set up once, only with the token from the start-up link', async () => {
    expect(await (await api(server.url, 'GET', '/api/setup')).json()).toEqual({ needed: true });
    const setupUrl = server.setupUrl!;
    expect(setupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/setup#[\w-]{43}$/);
    const body = { name: 'Fien', email: FACILITATOR_EMAIL, password: TEST_PASSWORD };
    const wrong = await api(server.url, 'POST', '/api/setup', { body: { ...body, token: 'x'.repeat(43) } });
    expect(wrong.status).toBe(403);
    const short = await api(server.url, 'POST', '/api/setup', {
      body: { ...body, password: 'short', token: new URL(setupUrl).hash.slice(1) },
    });
    expect(short.status).toBe(400);

    const cookie = await facilitatorCookie(server);
    expect(cookie).toMatch(/^wp_session=[\w-]{43}$/);
    expect(server.setupUrl).toBeUndefined();
    expect(await (await api(server.url, 'GET', '/api/setup')).json()).toEqual({ needed: false });
    const again = await api(server.url, 'POST', '/api/setup', {
      body: { ...body, token: new URL(setupUrl).hash.slice(1) },
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'setup_done' } });
  });

  it('gets an httpOnly, SameSite=Lax cookie, Secure behind https', async () => {
    const login = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-werkplaats-csrf': '1', ...headers },
        body: JSON.stringify({ email: FACILITATOR_EMAIL, password: TEST_PASSWORD }),
      });
    const plain = (await login({})).headers.getSetCookie()[0]!;
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).toMatch(/Path=\//);
    expect(plain).not.toMatch(/Secure/);
    const proxied = (await login({ 'x-forwarded-proto': 'https' })).headers.getSetCookie()[0]!;
    expect(proxied).toMatch(/Secure/);
  });
});

describe('login and logout', () => {
  it('logs in with the right password only, and out again for good', async () => {
    const wrong = await api(server.url, 'POST', '/api/auth/login', {
      body: { email: FACILITATOR_EMAIL, password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'login_failed' } });
    const unknown = await api(server.url, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: TEST_PASSWORD },
    });
    expect(unknown.status).toBe(401);

    const ok = await api(server.url, 'POST', '/api/auth/login', {
      body: { email: FACILITATOR_EMAIL.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(ok.status).toBe(200);
    const cookie = cookiesFrom(ok);
    expect((await me(cookie)).facilitator?.email).toBe(FACILITATOR_EMAIL);
    const out = await api(server.url, 'POST', '/api/auth/logout', { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/wp_session=;/);
    // The old cookie is worthless even if someone kept it.
    expect((await me(cookie)).facilitator).toBeNull();
    expect((await api(server.url, 'POST', '/api/networks', { cookie, body: {} })).status).toBe(401);
  });

  it('invites another facilitator by a one-time link', async () => {
    const cookie = await facilitatorCookie(server);
    const invite = await api(server.url, 'POST', '/api/facilitator-invites', {
      cookie,
      body: { email: 'jonas@example.org' },
    });
    expect(invite.status).toBe(201);
    const { token } = (await invite.json()) as { token: string };
    expect(await (await api(server.url, 'GET', `/api/facilitator-invites/${token}`)).json()).toEqual({
      email: 'jonas@example.org',
    });
    const accepted = await api(server.url, 'POST', `/api/facilitator-invites/${token}/accept`, {
      body: { name: 'Jonas', password: 'another long password' },
    });
    expect(accepted.status).toBe(201);
    expect((await me(cookiesFrom(accepted))).facilitator?.email).toBe('jonas@example.org');
    const reused = await api(server.url, 'POST', `/api/facilitator-invites/${token}/accept`, {
      body: { name: 'Eve', password: 'another long password' },
    });
    expect(reused.status).toBe(410);
  });
});

describe('CSRF and Origin', () => {
  it('refuses a state-changing request without our header or from another origin', async () => {
    const cookie = await facilitatorCookie(server);
    const body = JSON.stringify({ title: 'Sneaky', startDate: '2026-01-05' });
    const attempt = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/networks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body,
      });
    const missing = await attempt({});
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ error: { code: 'csrf_rejected' } });
    expect((await attempt({ 'x-werkplaats-csrf': '1', origin: 'https://evil.example' })).status).toBe(403);
    expect((await attempt({ 'x-werkplaats-csrf': '1', origin: server.url })).status).toBe(201);
  });

  it('refuses a WebSocket upgrade from another origin, with valid cookies', async () => {
    const boardId = await createBoard(server);
    await expect(
      rawSocket(server, boardId, { name: 'Ana' }, { headers: { origin: 'https://evil.example' } }),
    ).rejects.toThrow(/403/);
    const same = await rawSocket(server, boardId, { name: 'Ana' }, { headers: { origin: server.url } });
    expect(same.ws.readyState).toBe(same.ws.OPEN);
    same.ws.close();
  });
});
