import type { Sticky } from '@werkplaats/shared';
import { createTextFitter, type MeasureText } from './text-fit';

/** The UI's system font stack; the canvas and the text editor must use the very same one. */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const STICKY_PADDING = 16;
export const STICKY_LINE_HEIGHT = 1.25;
export const AUTHOR_FONT_SIZE = 12;
/** Room kept free at the bottom of a note for its author's name. */
export const AUTHOR_BAND = 20;
/** Below this size (in board units) a note is too small to also carry a name. */
const AUTHOR_MIN_SIZE = 140;
/**
 * Zoomed out beyond this the name would be a smudge, so it is not drawn; its band stays reserved so
 * the note's text does not reflow as the zoom changes.
 */
export const AUTHOR_MIN_SCALE = 0.6;
/**
 * Below this zoom a note's words are a few pixels high: unreadable, yet measuring and drawing them (and
 * the soft shadow) is most of what a board of thousands of notes costs. Notes are drawn as plain
 * coloured cards there, as in Miro.
 */
export const DETAIL_MIN_SCALE = 0.3;

export function showsAuthor(sticky: Pick<Sticky, 'w' | 'h' | 'authorName'>): boolean {
  return sticky.authorName.length > 0 && sticky.w >= AUTHOR_MIN_SIZE && sticky.h >= AUTHOR_MIN_SIZE;
}

/** The box the note's text is laid out in, padding and author band already taken off. */
export function stickyTextBox(sticky: Pick<Sticky, 'w' | 'h' | 'authorName'>): {
  width: number;
  height: number;
} {
  return {
    width: Math.max(1, sticky.w - STICKY_PADDING * 2),
    height: Math.max(1, sticky.h - STICKY_PADDING * 2 - (showsAuthor(sticky) ? AUTHOR_BAND : 0)),
  };
}

let context: CanvasRenderingContext2D | null = null;

const measure: MeasureText = (text, fontSize) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.55;
  context.font = `${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
};

/** Font size and lines for a note's text: 28px for a few words, shrinking to 12px as text grows. */
export const fitStickyText = createTextFitter(measure, {
  lineHeight: STICKY_LINE_HEIGHT,
  maxFontSize: 28,
  minFontSize: 12,
});
