import { describe, expect, it } from 'vitest';
import { baseRecord, createWithDefaults, namesField, parseError } from '../testing/item-records.js';
import { FILL_COLOR_NAMES } from './colors.js';
import { parseItem } from './registry.js';
import { SHAPE_KINDS, shapeDefinition } from './shape.js';

const valid = (overrides = {}) =>
  baseRecord('shape', {
    kind: 'ellipse',
    fill: 'green',
    stroke: 'black',
    strokeWidth: 2,
    text: 'Idea',
    ...overrides,
  });

describe('shapes', () => {
  it.each(SHAPE_KINDS)('accept a %s', (kind) => {
    expect(parseItem(valid({ kind }))).toEqual({ ok: true, item: valid({ kind }), migrated: false });
  });

  it('accept every fill of the palette, including none', () => {
    for (const fill of FILL_COLOR_NAMES) expect(parseItem(valid({ fill })).ok).toBe(true);
  });

  it.each([
    ['kind', 'triangle'],
    ['fill', 'magenta'],
    ['stroke', 'yellow'],
    ['strokeWidth', -1],
    ['strokeWidth', 33],
    ['text', 7],
  ] as const)('reject %s = %j naming the field', (field, value) => {
    expect(parseError(valid({ [field]: value }))).toMatch(namesField(field));
  });

  it('default to a blue rectangle with a dark outline', () => {
    expect(createWithDefaults({ type: 'shape', x: 0, y: 0 })).toMatchObject({
      kind: 'rectangle',
      fill: 'blue',
      stroke: 'black',
      text: '',
      v: 1,
    });
    expect(shapeDefinition.migrations).toEqual([]);
  });
});
