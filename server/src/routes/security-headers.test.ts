import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../server.js';
import { removeDir, startTestServer, tempDataDir } from '../server.test-helpers.js';

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

describe('security headers', () => {
  it.each(['/', '/api/health', '/api/no-such-thing'])('are on %s', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});
