import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { nl } from './nl.js';
import { LOCALES, isLocale, translate } from './translate.js';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('translate', () => {
  it('returns the message of the locale', () => {
    expect(translate('en', 'toolbar.undo')).toBe(en['toolbar.undo']);
    expect(translate('nl', 'toolbar.undo')).toBe(nl['toolbar.undo']);
  });

  it('fills placeholders, numbers included', () => {
    expect(translate('en', 'toolbar.zoomLevel', { percent: 150 })).toBe('Zoom 150%');
    expect(translate('en', 'presence.you', { name: 'Ann' })).toBe('Ann (you)');
    expect(translate('nl', 'presence.count', { count: 0 })).toBe('0 online');
  });

  it('leaves a placeholder without a value as it is, and ignores extra values', () => {
    expect(translate('en', 'presence.you', {})).toBe('{name} (you)');
    expect(translate('en', 'presence.you', { other: 'x' })).toBe('{name} (you)');
    expect(translate('en', 'toolbar.undo', { name: 'x' })).toBe('Undo');
  });

  it('inserts values literally, even ones that look like replacement patterns', () => {
    expect(translate('en', 'presence.you', { name: '$& $1 $$' })).toBe('$& $1 $$ (you)');
  });
});

describe('catalogues', () => {
  it('nl has exactly the keys of en', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('nl uses the same placeholders as en for every message', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(nl[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('have no empty messages', () => {
    for (const catalogue of [en, nl]) {
      for (const [key, message] of Object.entries(catalogue)) expect(message.trim(), key).not.toBe('');
    }
  });
});

describe('isLocale', () => {
  it('accepts exactly the supported locales', () => {
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    for (const value of ['fr', 'NL', 'en-GB', '', undefined, 1]) expect(isLocale(value)).toBe(false);
  });
});
