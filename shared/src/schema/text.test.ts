import { describe, expect, it } from 'vitest';
import { baseRecord, createWithDefaults, namesField, parseError } from '../testing/item-records.js';
import { parseItem } from './registry.js';
import { textDefinition } from './text.js';

const valid = (overrides = {}) =>
  baseRecord('text', {
    text: 'Heading',
    fontSize: 32,
    bold: true,
    italic: false,
    align: 'center',
    color: 'blue',
    ...overrides,
  });

describe('text blocks', () => {
  it('accept a complete record unchanged', () => {
    expect(parseItem(valid())).toEqual({ ok: true, item: valid(), migrated: false });
  });

  it.each([
    ['fontSize', 4],
    ['fontSize', 401],
    ['bold', 'yes'],
    ['align', 'justify'],
    ['color', '#ff0000'],
    ['text', 'x'.repeat(10_001)],
  ] as const)('reject %s = %j naming the field', (field, value) => {
    expect(parseError(valid({ [field]: value }))).toMatch(namesField(field));
  });

  it('are created with readable defaults and stored text', () => {
    const item = createWithDefaults({ type: 'text', x: 0, y: 0, text: 'Hi' });
    expect(item).toMatchObject({
      type: 'text',
      v: 1,
      text: 'Hi',
      fontSize: 28,
      align: 'left',
      color: 'black',
    });
  });

  it('start at version 1 with no migrations', () => {
    expect(textDefinition.version).toBe(1);
    expect(textDefinition.migrations).toEqual([]);
  });
});
