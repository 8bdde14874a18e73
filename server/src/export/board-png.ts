import { renderAsync } from '@resvg/resvg-js';
import type { BoardPicture } from './board-svg.js';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Keeps one huge board from taking the server's memory: beyond this the picture is scaled down. */
const MAX_PIXELS = 40_000_000;

/**
 * The PNG of an SVG picture at 1x, 2x or 4x (less when the result would be too large). Rasterising a
 * big board takes a few hundred milliseconds, so resvg does it on libuv's thread pool, off the event
 * loop that carries live boards.
 */
export async function renderPng(
  picture: BoardPicture,
  scale: PngScale,
): Promise<{ png: Buffer; width: number; height: number }> {
  const fit = Math.sqrt(MAX_PIXELS / (picture.width * picture.height));
  const zoom = Math.min(scale, fit);
  const image = await renderAsync(picture.svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}
