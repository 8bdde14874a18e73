/**
 * Colours for lines, outlines and text drawn on the white board: each keeps at least 4.5:1 contrast
 * against white, so a stroke or a label stays visible for people with low vision.
 */
export const INK_COLORS = {
  black: '#1f2328',
  gray: '#57606a',
  red: '#cf222e',
  orange: '#bc4c00',
  green: '#1a7f37',
  blue: '#0969da',
  violet: '#8250df',
  pink: '#bf3989',
} as const;

export type InkColor = keyof typeof INK_COLORS;

export const INK_COLOR_NAMES = Object.keys(INK_COLORS) as InkColor[];

/**
 * Fills for shapes and frames. The pastels are the sticky palette, so dark text (#1f2328) inside a
 * shape stays above WCAG AA on every fill; `none` leaves the shape see-through.
 */
export const FILL_COLORS = {
  none: 'transparent',
  white: '#ffffff',
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

export type FillColor = keyof typeof FILL_COLORS;

export const FILL_COLOR_NAMES = Object.keys(FILL_COLORS) as FillColor[];
