import { describe, expect, it } from 'vitest';
import { baseRecord, createWithDefaults, namesField, parseError } from '../testing/item-records.js';
import { frameDefinition } from './frame.js';
import { parseItem } from './registry.js';

const valid = (overrides = {}) =>
  baseRecord('frame', { title: 'Step 1 — check-in', fill: 'white', ...overrides });

describe('frames', () => {
  it('accept a complete record unchanged', () => {
    expect(parseItem(valid())).toEqual({ ok: true, item: valid(), migrated: false });
  });

  it.each([
    ['title', 'x'.repeat(201)],
    ['title', undefined],
    ['fill', 'black'],
  ] as const)('reject %s = %j naming the field', (field, value) => {
    expect(parseError(valid({ [field]: value }))).toMatch(namesField(field));
  });

  it('carry an optional step for the run-sheet, checked like the rest', () => {
    const step = {
      order: 2,
      minutes: 15,
      instruction: 'Write alone first',
      modes: { timer: true, private: true },
    };
    expect(parseItem(valid({ step }))).toMatchObject({ ok: true, item: { step } });
    expect(parseError(valid({ step: { ...step, minutes: 0 } }))).toMatch(namesField('step'));
  });

  it('default to a large white area with an empty title', () => {
    expect(createWithDefaults({ type: 'frame', x: 0, y: 0 })).toMatchObject({
      w: 960,
      h: 640,
      title: '',
      fill: 'white',
      v: 1,
    });
    expect(frameDefinition.migrations).toEqual([]);
  });
});
