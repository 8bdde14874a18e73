import { describe, expect, it, vi } from 'vitest';
import { createTextFitter, fitText, wrapText } from './text-fit';

// Every character is 0.5em wide: easy to reason about, and monotonic like real fonts.
const measure = (text: string, fontSize: number) => text.length * fontSize * 0.5;
const limits = { lineHeight: 1.25, maxFontSize: 28, minFontSize: 12 };

describe('wrapText', () => {
  it('breaks at spaces, keeps explicit newlines and splits words that cannot fit', () => {
    expect(wrapText('aaa bbb ccc', 40, 10, measure)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('one\ntwo', 100, 10, measure)).toEqual(['one', 'two']);
    expect(wrapText('abcdefghij', 25, 10, measure)).toEqual(['abcde', 'fghij']);
    expect(wrapText('', 100, 10, measure)).toEqual(['']);
  });

  it('breaks after hyphens', () => {
    expect(wrapText('meerjaren-plan', 60, 10, measure)).toEqual(['meerjaren-', 'plan']);
  });
});

describe('fitText', () => {
  it('uses the largest size for short text', () => {
    expect(fitText('Hi', { ...limits, width: 168, height: 168 }, measure).fontSize).toBe(28);
  });

  it('shrinks longer text until it fits', () => {
    const text = 'Wat betekent duurzame financiering voor jou en je organisatie?';
    const fit = fitText(text, { ...limits, width: 168, height: 168 }, measure);
    expect(fit.fontSize).toBeLessThan(28);
    expect(fit.fontSize).toBeGreaterThanOrEqual(12);
    expect(fit.fits).toBe(true);
    expect(fit.lines.length * fit.fontSize * 1.25).toBeLessThanOrEqual(168);
    const larger = fitText(text, { ...limits, width: 168, height: 168 }, (t, s) => measure(t, s + 1));
    expect(larger.fontSize).toBeLessThanOrEqual(fit.fontSize);
  });

  it('stops at the minimum size when nothing fits', () => {
    const fit = fitText('word '.repeat(500), { ...limits, width: 100, height: 100 }, measure);
    expect(fit).toMatchObject({ fontSize: 12, fits: false });
  });
});

describe('createTextFitter', () => {
  it('caches per text and box size', () => {
    const spy = vi.fn(measure);
    const fit = createTextFitter(spy, limits);
    const first = fit('hello world', 168, 168);
    const calls = spy.mock.calls.length;
    expect(fit('hello world', 168, 168)).toBe(first);
    expect(spy.mock.calls.length).toBe(calls);
    expect(fit('hello world', 100, 168)).not.toBe(first);
    expect(fit('hello world!', 168, 168)).not.toBe(first);
  });

  it('evicts the least recently used entry beyond its bound', () => {
    const fit = createTextFitter(measure, limits, 2);
    const a = fit('a', 100, 100);
    fit('b', 100, 100);
    fit('a', 100, 100);
    fit('c', 100, 100);
    expect(fit('a', 100, 100)).toBe(a);
  });
});
