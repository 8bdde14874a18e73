import { secureHeaders } from 'hono/secure-headers';

/**
 * The browser's second line of defence: only our own scripts run (no inline script, no eval), pages
 * cannot be framed, and links with invite tokens in their path leak no referrer. Inline `style`
 * attributes stay allowed for React's positioning; images may be `data:` and `blob:` (QR codes,
 * exports drawn in the browser).
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    mediaSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginOpenerPolicy: 'same-origin',
});
