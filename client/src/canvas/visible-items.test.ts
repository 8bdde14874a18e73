import { describe, expect, it } from 'vitest';
import { cullIds } from './visible-items';

describe('cullIds', () => {
  const rects: Record<string, { x: number; y: number; w: number; h: number }> = {
    near: { x: 0, y: 0, w: 200, h: 200 },
    edge: { x: 990, y: 0, w: 200, h: 200 },
    far: { x: 5000, y: 5000, w: 200, h: 200 },
  };
  const view = { x: -100, y: -100, w: 1100, h: 900 };

  it('keeps items touching the view, in paint order', () => {
    expect(cullIds(['far', 'edge', 'near'], (id) => rects[id], view, new Set())).toEqual(['edge', 'near']);
  });

  it('always keeps pinned items, and drops ids without a rectangle', () => {
    expect(cullIds(['far', 'near', 'gone'], (id) => rects[id], view, new Set(['far']))).toEqual([
      'far',
      'near',
    ]);
  });
});
