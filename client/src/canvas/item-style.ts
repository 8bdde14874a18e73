import { FILL_COLORS, INK_COLORS, type FillColor, type InkColor } from '@werkplaats/shared';

/** Text inside shapes: dark on every fill of the palette (see `schema/colors.ts`). */
export const SHAPE_TEXT_COLOR = INK_COLORS.black;

export function inkColor(name: InkColor): string {
  return INK_COLORS[name];
}

export function fillColor(name: FillColor): string {
  return FILL_COLORS[name];
}

/** Konva's `fontStyle` for a text block's bold and italic flags. */
export function fontStyle({ bold, italic }: { bold: boolean; italic: boolean }): string {
  return [italic && 'italic', bold && 'bold'].filter(Boolean).join(' ') || 'normal';
}

/** Line height shared by text blocks on the canvas and in their editor, so text does not jump. */
export const TEXT_LINE_HEIGHT = 1.25;

/** Frame titles keep this on-screen size whatever the zoom, so a zoomed-out board stays navigable. */
export const FRAME_TITLE_SCREEN_SIZE = 14;
