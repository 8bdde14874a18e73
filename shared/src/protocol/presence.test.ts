import { describe, expect, it } from 'vitest';
import { MAX_DISPLAY_NAME_LENGTH, normalizeDisplayName } from './presence.js';

describe('normalizeDisplayName', () => {
  it('keeps an ordinary name, including accents and emoji', () => {
    expect(normalizeDisplayName('Anneleen')).toBe('Anneleen');
    expect(normalizeDisplayName('Zoë 🌷 De Smet')).toBe('Zoë 🌷 De Smet');
  });

  it('trims surrounding whitespace', () => {
    expect(normalizeDisplayName('  Jan \t')).toBe('Jan');
  });

  it.each([
    ['C0 controls', 'Ja\u0000n\u0007\u001b[31m', 'Jan[31m'],
    ['line breaks', 'Jan\r\nPeeters', 'JanPeeters'],
    ['DEL and C1 controls', 'Jan\u007f\u0085\u009b', 'Jan'],
    ['Unicode line separators', 'Jan\u2028\u2029', 'Jan'],
    ['bidirectional overrides', '\u202eJan\u2066', 'Jan'],
  ])('removes %s', (_case, input, expected) => {
    expect(normalizeDisplayName(input)).toBe(expected);
  });

  it('bounds the length and leaves no trailing space at the cut', () => {
    const long = 'x'.repeat(MAX_DISPLAY_NAME_LENGTH + 10);
    expect(normalizeDisplayName(long)).toBe('x'.repeat(MAX_DISPLAY_NAME_LENGTH));
    const spaceAtCut = `${'x'.repeat(MAX_DISPLAY_NAME_LENGTH - 1)} tail`;
    expect(normalizeDisplayName(spaceAtCut)).toBe('x'.repeat(MAX_DISPLAY_NAME_LENGTH - 1));
  });

  it('does not cut an emoji in half at the length limit', () => {
    const name = normalizeDisplayName(`${'x'.repeat(MAX_DISPLAY_NAME_LENGTH - 1)}😀`)!;
    expect(name).toBe('x'.repeat(MAX_DISPLAY_NAME_LENGTH - 1));
    expect(name).not.toMatch(/[\ud800-\udfff]/);
  });

  it('returns undefined when nothing usable is left', () => {
    for (const value of ['', '   ', '\u0000\u0001', '\n\t '])
      expect(normalizeDisplayName(value)).toBeUndefined();
  });

  it.each([undefined, null, 42, true, {}, ['Jan'], Symbol('Jan')])(
    'returns undefined for the non-string %s',
    (value) => {
      expect(normalizeDisplayName(value)).toBeUndefined();
    },
  );
});
