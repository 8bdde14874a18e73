import { describe, expect, it } from 'vitest';
import { baseRecord, createWithDefaults, namesField, parseError } from '../testing/item-records.js';
import { imageDefinition } from './image.js';
import { parseItem } from './registry.js';

const valid = (overrides = {}) =>
  baseRecord('image', {
    src: '/api/assets/abc123',
    assetId: 'abc123',
    naturalWidth: 1024,
    naturalHeight: 768,
    alt: 'Whiteboard photo',
    ...overrides,
  });

describe('images', () => {
  it('accept server paths and http(s) URLs', () => {
    expect(parseItem(valid())).toEqual({ ok: true, item: valid(), migrated: false });
    expect(parseItem(valid({ src: 'https://example.org/a.png' })).ok).toBe(true);
  });

  it.each([
    ['src', 'data:image/png;base64,AAAA'],
    ['src', 'blob:https://example.org/1'],
    ['src', '//example.org/a.png'],
    ['src', 'javascript:alert(1)'],
    ['naturalWidth', 0],
    ['naturalHeight', 1.5],
    ['alt', 'x'.repeat(1001)],
  ] as const)('reject %s = %j naming the field', (field, value) => {
    expect(parseError(valid({ [field]: value }))).toMatch(namesField(field));
  });

  it('are created with an empty alt text to fill in', () => {
    const item = createWithDefaults({ type: 'image', x: 0, y: 0, src: '/api/assets/x' });
    expect(item).toMatchObject({ alt: '', v: 1 });
    expect(imageDefinition.migrations).toEqual([]);
  });
});
