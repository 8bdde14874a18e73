/**
 * mulberry32: a tiny seeded PRNG. Randomised tests draw every choice from it, so a failing run replays
 * exactly from its seed. Not for ids or anything security related.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws on top of a seeded source. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(values: readonly T[]): T;
  /** A string of `length` letters, for ids and text that must not depend on the platform's randomness. */
  word(length: number): string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function createPrng(seed: number): Prng {
  const next = mulberry32(seed);
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (values) => {
      if (values.length === 0) throw new Error('pick from an empty list');
      return values[int(values.length)]!;
    },
    word: (length) => {
      let word = '';
      for (let i = 0; i < length; i++) word += LETTERS[int(LETTERS.length)];
      return word;
    },
  };
}
