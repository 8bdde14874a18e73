import { describe, expect, it } from 'vitest';
import { detectLocale } from './locale';

describe('detectLocale', () => {
  it('prefers ?lang= over the stored choice and the browser', () => {
    expect(detectLocale('?lang=nl', 'en', 'en-GB')).toBe('nl');
    expect(detectLocale('?role=observer&lang=en', 'nl', 'nl-BE')).toBe('en');
  });

  it('falls back to the stored choice, then the browser language', () => {
    expect(detectLocale('?lang=fr', 'nl', 'en-US')).toBe('nl');
    expect(detectLocale('', null, 'nl-BE')).toBe('nl');
    expect(detectLocale('', null, 'NL')).toBe('nl');
    expect(detectLocale('', 'de', 'fr-BE')).toBe('en');
    expect(detectLocale('', null, undefined)).toBe('en');
  });
});
