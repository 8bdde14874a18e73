import { describe, expect, it } from 'vitest';
import { alignItems, distributeItems } from './align.js';

const a = { id: 'a', x: 0, y: 0, w: 100, h: 50 };
const b = { id: 'b', x: 200, y: 100, w: 50, h: 100 };
const c = { id: 'c', x: 500, y: 20, w: 100, h: 100 };

describe('alignItems', () => {
  it('lines items up on the edges and centre lines of their joint bounds', () => {
    expect(alignItems([a, b], 'left')).toEqual([{ id: 'b', x: 0, y: 100 }]);
    expect(alignItems([a, b], 'right')).toEqual([{ id: 'a', x: 150, y: 0 }]);
    expect(alignItems([a, b], 'centerX')).toEqual([
      { id: 'a', x: 75, y: 0 },
      { id: 'b', x: 100, y: 100 },
    ]);
    expect(alignItems([a, b], 'bottom')).toEqual([{ id: 'a', x: 0, y: 150 }]);
    expect(alignItems([a, b], 'middle')).toEqual([
      { id: 'a', x: 0, y: 75 },
      { id: 'b', x: 200, y: 50 },
    ]);
  });

  it('uses the visible bounds of rotated items and needs two items', () => {
    const turned = { id: 't', x: 100, y: 0, w: 100, h: 50, rotation: 90 };
    expect(alignItems([a, turned], 'left')).toEqual([{ id: 't', x: 50, y: 0 }]);
    expect(alignItems([a], 'left')).toEqual([]);
  });
});

describe('distributeItems', () => {
  it('leaves equal gaps between neighbours, the outer items staying put', () => {
    expect(distributeItems([c, a, b], 'x')).toEqual([{ id: 'b', x: 275, y: 100 }]);
    expect(distributeItems([a, b, c], 'y')).toEqual([{ id: 'c', x: 500, y: 25 }]);
  });

  it('needs three items', () => {
    expect(distributeItems([a, b], 'x')).toEqual([]);
  });
});
