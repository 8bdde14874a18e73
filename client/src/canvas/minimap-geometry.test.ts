import { describe, expect, it } from 'vitest';
import { boardToMinimap, minimapFrame, minimapToBoard, viewportCentredOn } from './minimap-geometry';
import { screenToBoard } from './viewport';

describe('minimapFrame', () => {
  const size = { width: 200, height: 100 };

  it('fits content and view inside the minimap with room around, centred', () => {
    const frame = minimapFrame({ x: 0, y: 0, w: 1000, h: 200 }, { x: 500, y: 0, w: 1000, h: 500 }, size);
    const world = boardToMinimap(frame, { x: 0, y: 0, w: 1500, h: 500 });
    expect(world.x).toBeGreaterThan(0);
    expect(world.x + world.w).toBeLessThan(200);
    expect(world.x + world.w / 2).toBeCloseTo(100);
    expect(world.y + world.h / 2).toBeCloseTo(50);
    expect(world.y).toBeGreaterThan(0);
  });

  it('shows the view alone on an empty board', () => {
    const frame = minimapFrame(undefined, { x: -50, y: -25, w: 100, h: 50 }, size);
    const view = boardToMinimap(frame, { x: -50, y: -25, w: 100, h: 50 });
    expect(view.x + view.w / 2).toBeCloseTo(100);
    expect(view.w / view.h).toBeCloseTo(2);
  });

  it('maps minimap points back to the board points drawn there', () => {
    const frame = minimapFrame({ x: 300, y: -40, w: 800, h: 900 }, { x: 0, y: 0, w: 640, h: 400 }, size);
    const drawn = boardToMinimap(frame, { x: 420, y: 77, w: 0, h: 0 });
    const back = minimapToBoard(frame, drawn);
    expect(back.x).toBeCloseTo(420);
    expect(back.y).toBeCloseTo(77);
  });
});

describe('viewportCentredOn', () => {
  it('puts the board point in the middle of the stage at the same zoom', () => {
    const stage = { width: 800, height: 600 };
    const viewport = viewportCentredOn({ x: 10, y: 20, scale: 0.5 }, stage, { x: 1000, y: -200 });
    expect(viewport.scale).toBe(0.5);
    expect(screenToBoard(viewport, { x: 400, y: 300 })).toEqual({ x: 1000, y: -200 });
  });
});
