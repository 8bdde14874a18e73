import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../server.js';
import {
  api,
  FACILITATOR_EMAIL,
  facilitatorCookie,
  removeDir,
  startTestServer,
  tempDataDir,
  TEST_PASSWORD,
} from '../server.test-helpers.js';
import { FailureThrottle } from './throttle.js';

describe('FailureThrottle', () => {
  it('allows a burst of failures per key, then one per refill period; success costs nothing', () => {
    let now = 0;
    const throttle = new FailureThrottle(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.allows('a')).toBe(true);
      throttle.failed('a');
    }
    expect(throttle.allows('a')).toBe(false);
    expect(throttle.allows('b')).toBe(true);
    now += 999;
    expect(throttle.allows('a')).toBe(false);
    now += 1;
    expect(throttle.allows('a')).toBe(true);
    throttle.failed('a');
    expect(throttle.allows('a')).toBe(false);
  });
});

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  await facilitatorCookie(server);
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

describe('password guessing', () => {
  it('lets 10 wrong passwords from one address through, also when 30 are sent at once; the rest get 429', async () => {
    const login = (password: string) =>
      api(server.url, 'POST', '/api/auth/login', { body: { email: FACILITATOR_EMAIL, password } });
    // Right passwords cost no token.
    for (let i = 0; i < 2; i++) expect((await login(TEST_PASSWORD)).status).toBe(200);
    // Thirty guesses in parallel: each takes its token before the (slow) hash is checked.
    const statuses = (
      await Promise.all(Array.from({ length: 30 }, (_, i) => login(`guess number ${i}`)))
    ).map((r) => r.status);
    const count = (status: number) => statuses.filter((s) => s === status).length;
    expect([count(401), count(429)], String(statuses)).toEqual([10, 20]);
  });
});
