import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { loggablePath, REDACTED, createLogger } from '../log.js';
import type { RunningServer } from '../server.js';
import {
  api,
  cookiesFrom,
  createNetwork,
  FACILITATOR_EMAIL,
  removeDir,
  startTestServer,
  tempDataDir,
  TEST_PASSWORD,
  waitFor,
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
const lines: string[] = [];
const capture = { write: (line: string) => void lines.push(line) };

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, { logLevel: 'debug' }, { logDestination: capture });
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

/** The value of each cookie a response set: the secrets a log must never hold. */
function cookieValues(cookie: string): string[] {
  return cookie.split('; ').map((pair) => pair.slice(pair.indexOf('=') + 1));
}

describe('logs', () => {
  it('hold no password, cookie, setup token, invite token or sync ticket through setup, login, join and sync', async () => {
    const secrets: string[] = [TEST_PASSWORD, 'wrong password 123'];
    const setupToken = new URL(server.setupUrl!).hash.slice(1);
    secrets.push(setupToken);
    const setup = await api(server.url, 'POST', '/api/setup', {
      body: { token: setupToken, name: 'Fien', email: FACILITATOR_EMAIL, password: TEST_PASSWORD },
    });
    expect(setup.status).toBe(201);
    const failed = await api(server.url, 'POST', '/api/auth/login', {
      body: { email: FACILITATOR_EMAIL, password: 'wrong password 123' },
    });
    expect(failed.status).toBe(401);
    const login = await api(server.url, 'POST', '/api/auth/login', {
      body: { email: FACILITATOR_EMAIL, password: TEST_PASSWORD },
    });
    const cookie = cookiesFrom(login);
    secrets.push(...cookieValues(cookie));
    const network = await createNetwork({ url: server.url });
    const boardId = network.sessions[0]!.boardId;
    const invite = await api(server.url, 'POST', `/api/networks/${network.id}/invites`, {
      cookie,
      body: { role: 'participant' },
    });
    const { token } = (await invite.json()) as { token: string };
    secrets.push(token);
    expect((await api(server.url, 'GET', `/api/invites/${token}`)).status).toBe(200);
    const accepted = await api(server.url, 'POST', `/api/invites/${token}/accept`, { body: { name: 'Pia' } });
    expect(accepted.status).toBe(201);
    const guest = cookiesFrom(accepted);
    secrets.push(...cookieValues(guest));
    await api(server.url, 'GET', `/api/invites/${'x'.repeat(43)}`);
    const ticketResponse = await api(server.url, 'POST', `/api/boards/${boardId}/sync-ticket`, {
      cookie: guest,
    });
    const { ticket } = (await ticketResponse.json()) as { ticket: string };
    secrets.push(ticket);
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/sync/${boardId}?ticket=${ticket}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    // The stored board may reach the socket before the room is ready: wait until it has joined.
    await waitFor(() => lines.join('').includes('"event":"connection.opened"'), 'the connection is logged');
    ws.close();
    await new Promise((resolve) => ws.once('close', resolve));

    const log = lines.join('');
    expect(log).toContain('"event":"connection.opened"');
    expect(log).toContain(`/api/invites/${REDACTED}/accept`);
    for (const secret of secrets) expect(log, 'a secret in the log').not.toContain(secret);
  });

  it('gives every request an id, in the answer and on its log line, and keeps a sane one the caller sent', async () => {
    const before = lines.length;
    const answer = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(answer.headers.get('x-request-id')).toBe('trace-42');
    const fresh = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'no spaces<>' } });
    const id = fresh.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.map((entry) => entry.requestId)).toEqual(['trace-42', id]);
    expect(logged[0]).toMatchObject({ level: 'info', event: 'http.request', method: 'GET', status: 200 });
  });

  it('redacts secret-named fields and credentials in paths', () => {
    const out: string[] = [];
    createLogger('info', { write: (line: string) => void out.push(line) }).info('x', {
      password: 'p',
      headers: { cookie: 'wp_session=s', authorization: 'Bearer b' },
      token: 't',
    });
    expect(JSON.parse(out[0]!)).toMatchObject({
      password: REDACTED,
      headers: { cookie: REDACTED, authorization: REDACTED },
      token: REDACTED,
    });
    expect(loggablePath('/api/facilitator-invites/abc/accept?ticket=t&x=1')).toBe(
      `/api/facilitator-invites/${REDACTED}/accept?ticket=${REDACTED}&x=1`,
    );
  });
});
