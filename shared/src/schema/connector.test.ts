import { describe, expect, it } from 'vitest';
import { baseRecord, createWithDefaults, namesField, parseError } from '../testing/item-records.js';
import { connectorDefinition } from './connector.js';
import { parseItem } from './registry.js';

const valid = (overrides = {}) =>
  baseRecord('connector', {
    start: { kind: 'item', itemId: 'a', anchor: 'auto' },
    end: { kind: 'point', x: 40, y: 80 },
    startArrow: 'none',
    endArrow: 'arrow',
    stroke: 'gray',
    strokeWidth: 2,
    ...overrides,
  });

describe('connectors', () => {
  it('accept attached and free ends', () => {
    expect(parseItem(valid())).toEqual({ ok: true, item: valid(), migrated: false });
    const bothAttached = valid({ end: { kind: 'item', itemId: 'b', anchor: 'left' } });
    expect(parseItem(bothAttached).ok).toBe(true);
  });

  it.each([
    ['start', { kind: 'item', itemId: '', anchor: 'auto' }],
    ['start', { kind: 'item', itemId: 'a', anchor: 'middle' }],
    ['end', { kind: 'point', x: Number.NaN, y: 0 }],
    ['end', { kind: 'elsewhere' }],
    ['endArrow', 'diamond'],
    ['strokeWidth', 0],
  ] as const)('reject %s = %j naming the field', (field, value) => {
    expect(parseError(valid({ [field]: value }))).toMatch(namesField(field));
  });

  it('default to a dark arrow pointing at its end', () => {
    const item = createWithDefaults({
      type: 'connector',
      x: 0,
      y: 0,
      start: { kind: 'point', x: 0, y: 0 },
      end: { kind: 'point', x: 100, y: 0 },
    });
    expect(item).toMatchObject({ startArrow: 'none', endArrow: 'arrow', stroke: 'black', v: 1 });
    expect(connectorDefinition.migrations).toEqual([]);
  });
});
