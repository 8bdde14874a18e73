import type { TextItem } from '@werkplaats/shared';
import { Text } from 'konva/lib/shapes/Text';
import { fontStyle, TEXT_LINE_HEIGHT } from './item-style';
import { FONT_FAMILY } from './sticky-text';

type Layout = Pick<TextItem, 'text' | 'w' | 'fontSize' | 'bold' | 'italic'>;

/**
 * The height a text block needs for its text, width and style, measured as the canvas lays it out.
 * Whoever changes one of those writes the new height with it, so the block's box (selection, culling,
 * frames) always matches what is drawn.
 */
export function textBlockHeight(block: Layout): number {
  const measured = new Text({
    text: block.text || ' ',
    width: block.w,
    fontSize: block.fontSize,
    fontFamily: FONT_FAMILY,
    fontStyle: fontStyle(block),
    lineHeight: TEXT_LINE_HEIGHT,
    wrap: 'word',
  });
  const height = Math.ceil(measured.height());
  measured.destroy();
  return height;
}
