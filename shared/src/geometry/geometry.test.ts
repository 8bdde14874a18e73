import { describe, expect, it } from 'vitest';
import { itemBounds, pointInItem, pointsBounds, rectContains, rectsIntersect } from './bounds.js';
import { anchorPoint, resolveConnector, spanRect } from './connector.js';
import { itemsInsideFrame } from './frames.js';
import { simplifyPoints } from './simplify.js';

const round = (rect: { x: number; y: number; w: number; h: number }) =>
  Object.fromEntries(Object.entries(rect).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

describe('bounds', () => {
  it('of an unrotated item is its box', () => {
    expect(itemBounds({ x: 1, y: 2, w: 3, h: 4 })).toEqual({ x: 1, y: 2, w: 3, h: 4 });
  });

  it('of a rotated item turn about its top-left corner', () => {
    expect(round(itemBounds({ x: 0, y: 0, w: 100, h: 50, rotation: 90 }))).toEqual({
      x: -50,
      y: 0,
      w: 50,
      h: 100,
    });
    const diamond = itemBounds({ x: 0, y: 0, w: 100, h: 100, rotation: 45 });
    expect(diamond.w).toBeCloseTo(141.421, 2);
  });

  it('hit-test rotated items in their own frame', () => {
    const box = { x: 0, y: 0, w: 100, h: 20, rotation: 90 };
    expect(pointInItem({ x: -10, y: 50 }, box)).toBe(true);
    expect(pointInItem({ x: 50, y: 10 }, box)).toBe(false);
    expect(pointInItem({ x: 2, y: 50 }, box, 3)).toBe(true);
  });

  it('intersect, contain and span points', () => {
    expect(rectsIntersect({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
    expect(rectsIntersect({ x: 0, y: 0, w: 10, h: 10 }, { x: 11, y: 0, w: 1, h: 1 })).toBe(false);
    expect(rectContains({ x: 0, y: 0, w: 10, h: 10 }, { x: 1, y: 1, w: 9, h: 9 })).toBe(true);
    expect(rectContains({ x: 0, y: 0, w: 10, h: 10 }, { x: 1, y: 1, w: 10, h: 9 })).toBe(false);
    expect(pointsBounds([0, 5, -3, 2, 4, 9])).toEqual({ x: -3, y: 2, w: 7, h: 7 });
    expect(pointsBounds([])).toBeUndefined();
    expect(spanRect({ x: 5, y: 5 }, { x: 5, y: 1 })).toEqual({ x: 5, y: 1, w: 1, h: 4 });
  });
});

describe('frame containment', () => {
  it('takes the items wholly inside, not the frame itself or items half out', () => {
    const frame = { id: 'f', x: 0, y: 0, w: 500, h: 400 };
    const items = [
      frame,
      { id: 'in', x: 10, y: 10, w: 100, h: 100 },
      { id: 'half', x: 450, y: 10, w: 100, h: 100 },
      { id: 'rotatedOut', x: 20, y: 20, w: 100, h: 100, rotation: 180 },
    ];
    expect(itemsInsideFrame(frame, items)).toEqual(['in']);
  });
});

describe('connector routing', () => {
  const a = { x: 0, y: 0, w: 100, h: 100 };
  const b = { x: 400, y: 0, w: 100, h: 100 };
  const boxes: Record<string, typeof a> = { a, b };
  const lookup = (id: string) => boxes[id];

  it('picks the side facing the other end', () => {
    expect(anchorPoint(a, 'auto', { x: 500, y: 50 })).toEqual({ x: 100, y: 50 });
    expect(anchorPoint(a, 'auto', { x: 50, y: -300 })).toEqual({ x: 50, y: 0 });
    expect(anchorPoint(a, 'left', { x: 500, y: 50 })).toEqual({ x: 0, y: 50 });
    expect(anchorPoint(a, 'center', { x: 500, y: 50 })).toEqual({ x: 50, y: 50 });
  });

  it('follows attached items wherever they are now', () => {
    const connector = {
      x: 0,
      y: 0,
      w: 1,
      h: 1,
      start: { kind: 'item' as const, itemId: 'a', anchor: 'auto' as const },
      end: { kind: 'item' as const, itemId: 'b', anchor: 'auto' as const },
    };
    expect(resolveConnector(connector, lookup)).toEqual({ start: { x: 100, y: 50 }, end: { x: 400, y: 50 } });
    boxes.b = { x: 0, y: 400, w: 100, h: 100 };
    expect(resolveConnector(connector, lookup)).toEqual({ start: { x: 50, y: 100 }, end: { x: 50, y: 400 } });
  });

  it('places free ends relative to the connector and survives a missing item', () => {
    const connector = {
      x: 10,
      y: 20,
      w: 30,
      h: 40,
      start: { kind: 'point' as const, x: 0, y: 0 },
      end: { kind: 'item' as const, itemId: 'gone', anchor: 'auto' as const },
    };
    expect(resolveConnector(connector, lookup)).toEqual({ start: { x: 10, y: 20 }, end: { x: 40, y: 60 } });
  });
});

describe('simplifyPoints', () => {
  it('drops points on a straight line and keeps corners and ends', () => {
    const line = [0, 0, 1, 0, 2, 0, 3, 0, 3, 1, 3, 2, 3, 3];
    expect(simplifyPoints(line, 0.5)).toEqual([0, 0, 3, 0, 3, 3]);
  });

  it('leaves short strokes alone and ignores a dangling coordinate', () => {
    expect(simplifyPoints([1, 2], 1)).toEqual([1, 2]);
    expect(simplifyPoints([1, 2, 3, 4, 5], 1)).toEqual([1, 2, 3, 4]);
  });

  it('handles long strokes without recursion', () => {
    const wave = Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? i / 2 : Math.sin(i / 400) * 100));
    const simplified = simplifyPoints(wave, 1);
    expect(simplified.length).toBeGreaterThan(10);
    expect(simplified.length).toBeLessThan(wave.length / 10);
  });
});
