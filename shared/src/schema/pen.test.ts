import { describe, expect, it } from 'vitest';
import { baseRecord, createWithDefaults, namesField, parseError } from '../testing/item-records.js';
import { MAX_PEN_COORDINATES, penDefinition } from './pen.js';
import { parseItem } from './registry.js';

const valid = (overrides = {}) =>
  baseRecord('pen', { points: [0, 0, 10, 5, 20, 0], color: 'red', width: 4, ...overrides });

describe('pen strokes', () => {
  it('accept a complete record unchanged', () => {
    expect(parseItem(valid())).toEqual({ ok: true, item: valid(), migrated: false });
  });

  it.each([
    ['points', []],
    ['points', [0, 0, 1]],
    ['points', [0, Number.POSITIVE_INFINITY]],
    ['points', new Array(MAX_PEN_COORDINATES + 2).fill(0)],
    ['color', 'yellow'],
    ['width', 0],
  ] as const)('reject %s = %j naming the field', (field, value) => {
    expect(parseError(valid({ [field]: value }))).toMatch(namesField(field));
  });

  it('are created with a dark colour and a medium width', () => {
    const item = createWithDefaults({ type: 'pen', x: 5, y: 5, points: [0, 0, 3, 4] });
    expect(item).toMatchObject({ color: 'black', width: 4, points: [0, 0, 3, 4], v: 1 });
    expect(penDefinition.migrations).toEqual([]);
  });
});
