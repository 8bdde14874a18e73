/**
 * Sticky-note colours. Each fill keeps dark text (#1f2328) above WCAG AA contrast (4.5:1), so a note
 * stays readable whatever colour a participant picks.
 */
export const STICKY_COLORS = {
  yellow: '#fff3a3',
  orange: '#ffd6a8',
  red: '#ffc2c7',
  pink: '#f9c6ea',
  violet: '#dccbff',
  blue: '#c3ddff',
  cyan: '#b8f0f0',
  green: '#c8f2c0',
  gray: '#e4e6ea',
} as const;

export type StickyColor = keyof typeof STICKY_COLORS;

export const STICKY_COLOR_NAMES = Object.keys(STICKY_COLORS) as StickyColor[];

/** Text colour drawn on every sticky fill. */
export const STICKY_TEXT_COLOR = '#1f2328';

/** Colours handed out to people for cursors and presence, distinct at a glance. */
export const PRESENCE_COLORS = [
  '#d1242f',
  '#0969da',
  '#1a7f37',
  '#8250df',
  '#bf3989',
  '#9a6700',
  '#0e7490',
  '#c2410c',
] as const;

/** A stable presence colour for a user id, so a person keeps their colour across reconnects. */
export function presenceColorFor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length]!;
}
