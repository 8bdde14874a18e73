import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const FACILITATOR_COOKIE = 'wp_session';
export const DEVICE_COOKIE = 'wp_device';

/** Reads one cookie from a raw `Cookie` header (the WebSocket upgrade has no Hono context). */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/**
 * Secure when the browser talks https to us or to the proxy in front of us; on plain http (a laptop,
 * the e2e tests) a Secure cookie would never be sent back.
 */
function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function setSessionCookie(c: Context, name: string, token: string, maxAgeMs: number): void {
  setCookie(c, name, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context, name: string): void {
  deleteCookie(c, name, { path: '/', secure: isHttps(c) });
}

export function readCookie(c: Context, name: string): string | undefined {
  return getCookie(c, name);
}
