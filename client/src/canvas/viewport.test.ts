import { describe, expect, it } from 'vitest';
import {
  boardToScreen,
  clampScale,
  fitRect,
  screenToBoard,
  visibleBoardRect,
  wheelZoomFactor,
  zoomAround,
  zoomStep,
} from './viewport';

describe('viewport math', () => {
  const viewport = { x: 640, y: 400, scale: 2 };

  it('converts between board and screen coordinates', () => {
    expect(boardToScreen(viewport, { x: 10, y: -5 })).toEqual({ x: 660, y: 390 });
    expect(screenToBoard(viewport, { x: 660, y: 390 })).toEqual({ x: 10, y: -5 });
  });

  it('zooms around the pointer, keeping the point under it fixed', () => {
    const anchor = { x: 100, y: 700 };
    const before = screenToBoard(viewport, anchor);
    const zoomed = zoomAround(viewport, anchor, 0.5);
    expect(zoomed.scale).toBe(0.5);
    expect(screenToBoard(zoomed, anchor)).toEqual(before);
  });

  it('clamps zoom between 10% and 400%', () => {
    expect(clampScale(0.01)).toBe(0.1);
    expect(clampScale(9)).toBe(4);
    expect(zoomAround(viewport, { x: 0, y: 0 }, 100).scale).toBe(4);
  });

  it('steps through zoom stops', () => {
    expect(zoomStep(1, 1)).toBe(1.25);
    expect(zoomStep(1, -1)).toBe(0.75);
    expect(zoomStep(0.8, -1)).toBe(0.75);
    expect(zoomStep(4, 1)).toBe(4);
    expect(zoomStep(0.1, -1)).toBe(0.1);
  });

  it('zooms in for negative wheel deltas and out for positive ones', () => {
    expect(wheelZoomFactor(-10)).toBeGreaterThan(1);
    expect(wheelZoomFactor(10)).toBeLessThan(1);
    expect(wheelZoomFactor(10_000)).toBe(wheelZoomFactor(100));
  });

  it('fits a rectangle centred on the stage without zooming in past 100%', () => {
    const size = { width: 1000, height: 800 };
    const small = fitRect({ x: 0, y: 0, w: 200, h: 200 }, size);
    expect(small.scale).toBe(1);
    expect(boardToScreen(small, { x: 100, y: 100 })).toEqual({ x: 500, y: 400 });
    const large = fitRect({ x: -2000, y: -500, w: 4000, h: 1000 }, size, { padding: 100 });
    expect(large.scale).toBeCloseTo(0.2);
    expect(boardToScreen(large, { x: 0, y: 0 })).toEqual({ x: 500, y: 400 });
  });

  it('fits a rectangle into what panels and bars over the stage leave free', () => {
    const size = { width: 1400, height: 900 };
    const insets = { top: 190, right: 392, bottom: 0, left: 0 };
    const frame = { x: 0, y: 0, w: 1600, h: 1000 };
    const fitted = fitRect(frame, size, { insets });
    const topLeft = boardToScreen(fitted, { x: frame.x, y: frame.y });
    const bottomRight = boardToScreen(fitted, { x: frame.x + frame.w, y: frame.y + frame.h });
    // 16 px clear of the run-sheet and the session bar, the usual padding where nothing covers.
    expect(bottomRight.x).toBeLessThanOrEqual(1400 - 392 - 16 + 1e-9);
    expect(topLeft.y).toBeGreaterThanOrEqual(190 + 16 - 1e-9);
    expect(topLeft.x).toBeGreaterThanOrEqual(80 - 1e-9);
    expect(bottomRight.y).toBeLessThanOrEqual(900 - 80 + 1e-9);
    expect(fitted.scale).toBeCloseTo((1400 - 80 - 392 - 16) / 1600);
  });

  it('reports the visible board rectangle with a margin', () => {
    const rect = visibleBoardRect({ x: 500, y: 400, scale: 0.5 }, { width: 1000, height: 800 }, 50);
    expect(rect).toEqual({ x: -1100, y: -900, w: 2200, h: 1800 });
  });
});
