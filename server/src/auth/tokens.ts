import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: invite links, session cookies and the setup link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored as their sha256 only; a token is long and random, so no salt or KDF is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A string that looks like one of our tokens; anything else is refused before touching storage. */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
