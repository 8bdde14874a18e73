import { describe, expect, it } from 'vitest';
import {
  PRESENCE_COLORS,
  STICKY_COLORS,
  STICKY_COLOR_NAMES,
  STICKY_TEXT_COLOR,
  presenceColorFor,
} from './palette.js';

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((channel) => {
    const c = parseInt(channel, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast helper', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('sticky palette', () => {
  it.each(Object.entries(STICKY_COLORS))('keeps text on %s (%s) at WCAG AA contrast', (_name, fill) => {
    expect(contrastRatio(STICKY_TEXT_COLOR, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('lists every colour name once', () => {
    expect(STICKY_COLOR_NAMES).toEqual(Object.keys(STICKY_COLORS));
    expect(new Set(Object.values(STICKY_COLORS)).size).toBe(STICKY_COLOR_NAMES.length);
  });
});

describe('presenceColorFor', () => {
  it('gives a person the same palette colour every time', () => {
    for (const userId of ['', 'a', 'user-123', 'ünïcode', 'x'.repeat(200)]) {
      expect(PRESENCE_COLORS).toContain(presenceColorFor(userId));
      expect(presenceColorFor(userId)).toBe(presenceColorFor(userId));
    }
  });

  it('spreads people over the palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => presenceColorFor(`user-${i}`)));
    expect(used.size).toBe(PRESENCE_COLORS.length);
  });
});
