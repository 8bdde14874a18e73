import { describe, expect, it } from 'vitest';
import { isValidId, newId } from './ids.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('newId', () => {
  it('is 16 alphanumeric characters by default, or the requested length', () => {
    expect(newId()).toMatch(/^[0-9A-Za-z]{16}$/);
    expect(newId(4)).toMatch(/^[0-9A-Za-z]{4}$/);
    expect(newId(64)).toMatch(/^[0-9A-Za-z]{64}$/);
    expect(newId(0)).toBe('');
  });

  it('passes isValidId', () => {
    for (let i = 0; i < 100; i++) expect(isValidId(newId())).toBe(true);
  });

  it('does not repeat over many draws', () => {
    const ids = new Set(Array.from({ length: 50_000 }, () => newId()));
    expect(ids.size).toBe(50_000);
  });

  it('uses every letter of the alphabet equally often', () => {
    const counts = new Map<string, number>();
    const draws = 2_000;
    const length = 124;
    for (let i = 0; i < draws; i++) {
      for (const char of newId(length)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    const expected = (draws * length) / ALPHABET.length;
    expect([...counts.keys()].sort()).toEqual([...ALPHABET].sort());
    // Chi-squared with 61 degrees of freedom: a fair source exceeds 130 about once in a million runs,
    // while taking bytes modulo 62 (the first 8 letters 25% likelier) scores around 1,600.
    const chiSquared = [...counts.values()].reduce(
      (sum, count) => sum + (count - expected) ** 2 / expected,
      0,
    );
    expect(chiSquared).toBeLessThan(130);
  });
});

describe('isValidId', () => {
  it.each(['abcd', 'board_1', 'x-y-z', 'A'.repeat(64)])('accepts %j', (id) => {
    expect(isValidId(id)).toBe(true);
  });

  it.each(['', 'abc', 'A'.repeat(65), '../etc', 'a b c', 'ab/cd', 'café', 'abcd\n', 'ab%20cd'])(
    'rejects %j',
    (id) => {
      expect(isValidId(id)).toBe(false);
    },
  );
});
