import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';
import { FailureThrottle } from './throttle.js';
import { hashToken, isTokenShaped, newToken } from './tokens.js';

describe('passwords', () => {
  it('hashes with scrypt at strong parameters and a fresh salt each time', async () => {
    const first = await hashPassword('lang genoeg wachtwoord');
    const second = await hashPassword('lang genoeg wachtwoord');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('wachtwoord');
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('Zoë’s geheime zin');
    expect(await verifyPassword('Zoë’s geheime zin', stored)).toBe(true);
    expect(await verifyPassword('Zoë’s geheime zin ', stored)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });
});

describe('tokens', () => {
  it('are 256 random bits, URL-safe, stored as sha256', () => {
    const token = newToken();
    expect(isTokenShaped(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken()).not.toBe(token);
    expect(isTokenShaped('short')).toBe(false);
  });
});

describe('FailureThrottle', () => {
  it('allows a burst of failures, then one per refill interval', () => {
    let now = 0;
    const throttle = new FailureThrottle(3, 1_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.allows('1.2.3.4')).toBe(true);
      throttle.failed('1.2.3.4');
    }
    expect(throttle.allows('1.2.3.4')).toBe(false);
    expect(throttle.allows('5.6.7.8')).toBe(true);
    now += 1_000;
    expect(throttle.allows('1.2.3.4')).toBe(true);
    throttle.failed('1.2.3.4');
    expect(throttle.allows('1.2.3.4')).toBe(false);
  });
});
