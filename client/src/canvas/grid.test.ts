import { describe, expect, it } from 'vitest';
import { gridScreenSpacing } from './grid';

describe('gridScreenSpacing', () => {
  it('scales with zoom', () => {
    expect(gridScreenSpacing(1)).toBe(24);
    expect(gridScreenSpacing(2)).toBe(48);
    expect(gridScreenSpacing(0.5)).toBe(12);
  });

  it('coarsens the grid instead of packing dots closer than 12px', () => {
    expect(gridScreenSpacing(0.25)).toBe(12);
    expect(gridScreenSpacing(0.1)).toBeCloseTo(19.2);
    for (const scale of [0.1, 0.13, 0.3, 0.45]) expect(gridScreenSpacing(scale)).toBeGreaterThanOrEqual(12);
  });
});
