import { describe, expect, it } from 'vitest';
import { GRID_SIZE, snapMove, snapResize } from './snap.js';

const target = { x: 100, y: 100, w: 200, h: 100 };

describe('snapMove', () => {
  it('lines a left edge up with a left edge within the tolerance, with a guide spanning both', () => {
    const result = snapMove({ x: 104, y: 300, w: 50, h: 50 }, [target], { tolerance: 6 });
    expect(result.rect).toEqual({ x: 100, y: 300, w: 50, h: 50 });
    expect(result.guides).toEqual([{ axis: 'x', at: 100, from: 100, to: 350 }]);
  });

  it('snaps centre to centre and right edge to left edge, on both axes at once', () => {
    // Centre x 198 → 200 (the target's centre); bottom 97 → 100 (the target's top).
    const result = snapMove({ x: 173, y: 47, w: 50, h: 50 }, [target], { tolerance: 6 });
    expect(result.rect).toEqual({ x: 175, y: 50, w: 50, h: 50 });
    expect(result.guides).toContainEqual({ axis: 'x', at: 200, from: 50, to: 200 });
    expect(result.guides).toContainEqual({ axis: 'y', at: 100, from: 100, to: 300 });
  });

  it('takes the nearest line when several are within reach', () => {
    const near = { x: 0, y: 0, w: 10, h: 10 };
    const nearer = { x: 0, y: 0, w: 12, h: 10 };
    expect(snapMove({ x: 13, y: 500, w: 5, h: 5 }, [near, nearer], { tolerance: 6 }).rect.x).toBe(12);
  });

  it('leaves a box beyond the tolerance where it is, without guides', () => {
    const rect = { x: 107, y: 300, w: 50, h: 50 };
    expect(snapMove(rect, [target], { tolerance: 6 })).toEqual({ rect, guides: [] });
    expect(snapMove(rect, [], { tolerance: 6 })).toEqual({ rect, guides: [] });
  });
});

describe('snapResize', () => {
  it('moves only the dragged edge onto a target line, keeping the other edge', () => {
    const result = snapResize({ x: 0, y: 300, w: 96, h: 40 }, { x: 'end' }, [target], { tolerance: 6 });
    expect(result.rect).toEqual({ x: 0, y: 300, w: 100, h: 40 });
    expect(result.guides).toEqual([{ axis: 'x', at: 100, from: 100, to: 340 }]);
  });

  it('snaps a start edge by moving it and shrinking the box', () => {
    const result = snapResize({ x: 397, y: 195, w: 100, h: 100 }, { x: 'start', y: 'start' }, [target], {
      tolerance: 6,
    });
    // No target line is near x = 397; the top edge goes to 200, the target's bottom.
    expect(result.rect).toEqual({ x: 397, y: 200, w: 100, h: 95 });
  });

  it('refuses a snap that would make the box thinner than the minimum', () => {
    const rect = { x: 297, y: 0, w: 5, h: 40 };
    // Its left edge is 3 from the target's right edge, but snapping there leaves it 2 wide.
    expect(snapResize(rect, { x: 'start' }, [target], { tolerance: 6, minSize: 4 })).toEqual({
      rect,
      guides: [],
    });
    expect(snapResize(rect, { x: 'start' }, [target], { tolerance: 6, minSize: 1 }).rect).toEqual({
      ...rect,
      x: 300,
      w: 2,
    });
  });
});

describe('snapping to the grid', () => {
  const options = { tolerance: 6, grid: GRID_SIZE };

  it('puts a moved box whose lines meet no other box on the nearest grid point, without guides', () => {
    const result = snapMove({ x: 37, y: 59, w: 50, h: 50 }, [target], options);
    expect(result.rect).toEqual({ x: 48, y: 48, w: 50, h: 50 });
    expect(result.guides).toEqual([]);
  });

  it('lets another box win over the grid on the axis where it is in reach', () => {
    // Left edge 103 is 3 from the target's 100; y 401 has no target line near and goes to 408.
    const result = snapMove({ x: 103, y: 401, w: 50, h: 50 }, [target], options);
    expect(result.rect).toEqual({ x: 100, y: 408, w: 50, h: 50 });
    expect(result.guides).toEqual([{ axis: 'x', at: 100, from: 100, to: 458 }]);
  });

  it('moves only the dragged edges of a resized box onto the grid', () => {
    const result = snapResize({ x: 10, y: 500, w: 81, h: 50 }, { x: 'end', y: 'end' }, [], options);
    expect(result.rect).toEqual({ x: 10, y: 500, w: 86, h: 52 });
    expect(result.guides).toEqual([]);
  });

  it('leaves a box alone when no grid is given', () => {
    const rect = { x: 37, y: 359, w: 50, h: 50 };
    expect(snapMove(rect, [], { tolerance: 6 }).rect).toEqual(rect);
  });
});
