import type { CSSProperties } from 'react';
import type { Viewport } from './viewport';

const BASE_SPACING = 24;
/** Closer than this on screen, dots turn into a grey haze; the grid coarsens instead. */
const MIN_SCREEN_SPACING = 12;

/** Distance between grid dots on screen at `scale`: board spacing doubles until dots are far enough apart. */
export function gridScreenSpacing(scale: number): number {
  let spacing = BASE_SPACING;
  while (spacing * scale < MIN_SCREEN_SPACING) spacing *= 2;
  return spacing * scale;
}

/**
 * The dot grid, drawn by the browser as a tiled CSS background under the (transparent) stage: panning
 * and zooming only change two numbers, and no canvas is repainted for it.
 */
export function gridStyle(viewport: Viewport): CSSProperties {
  const spacing = gridScreenSpacing(viewport.scale);
  const dot = viewport.scale < 0.5 ? 1 : 1.5;
  return {
    backgroundImage: `radial-gradient(circle, var(--grid-dot) ${dot}px, transparent ${dot + 0.5}px)`,
    backgroundSize: `${spacing}px ${spacing}px`,
    backgroundPosition: `${viewport.x - spacing / 2}px ${viewport.y - spacing / 2}px`,
  };
}
