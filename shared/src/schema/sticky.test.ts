import { describe, expect, it } from 'vitest';
import { parseItem } from './registry.js';
import { STICKY_SIZE, stickyDefinition } from './sticky.js';
import type { RawItem } from './definition.js';

function validSticky(overrides: RawItem = {}): RawItem {
  return {
    id: 'note1',
    type: 'sticky',
    v: 2,
    x: 10,
    y: -20,
    w: 200,
    h: 200,
    rotation: 0,
    z: 'a0',
    locked: false,
    createdBy: 'user1',
    createdAt: 1_700_000_000_000,
    color: 'yellow',
    text: 'Hello',
    authorName: 'Ann',
    ...overrides,
  };
}

function parseError(raw: RawItem): string {
  const result = parseItem(raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return result.error;
}

describe('sticky validation', () => {
  it('accepts a complete sticky unchanged', () => {
    const result = parseItem(validSticky());
    expect(result).toEqual({ ok: true, item: validSticky(), migrated: false });
  });

  it('accepts optional fields when present and drops keys the schema does not know', () => {
    const result = parseItem(validSticky({ parentId: 'frame1', updatedAt: 5, rotation: 45, stray: true }));
    expect(result.ok && result.item).toMatchObject({ parentId: 'frame1', updatedAt: 5, rotation: 45 });
    expect(result.ok && 'stray' in result.item).toBe(false);
  });

  // Each case names the field the error must point at, so a user-facing report says what is wrong.
  it.each([
    ['id', ''],
    ['id', 'x'.repeat(65)],
    ['x', Number.NaN],
    ['x', '10'],
    ['y', Number.POSITIVE_INFINITY],
    ['w', 0],
    ['w', -5],
    ['w', 100_001],
    ['h', Number.NaN],
    ['rotation', Number.POSITIVE_INFINITY],
    ['z', ''],
    ['z', 'a'.repeat(257)],
    ['locked', 'yes'],
    ['parentId', 42],
    ['createdBy', 'u'.repeat(65)],
    ['createdAt', -1],
    ['createdAt', 1.5],
    ['updatedAt', -1],
    ['color', 'magenta'],
    ['text', 42],
    ['text', 'x'.repeat(10_001)],
    ['authorName', 'a'.repeat(81)],
  ] as const)('rejects %s = %j naming the field', (field, value) => {
    expect(parseError(validSticky({ [field]: value }))).toMatch(new RegExp(`^${field}: \\S`));
  });

  it.each(['x', 'y', 'w', 'h', 'z', 'createdBy', 'createdAt', 'color', 'text'])(
    'rejects a sticky without required field %s',
    (field) => {
      const raw = validSticky();
      delete raw[field];
      expect(parseError(raw)).toMatch(new RegExp(`^${field}: `));
    },
  );

  it('reports an unknown or missing type instead of throwing', () => {
    expect(parseError(validSticky({ type: 'hologram' }))).toBe('unknown item type "hologram"');
    expect(parseError(validSticky({ type: undefined }))).toBe('unknown item type undefined');
    // Inherited keys must not count as item types.
    expect(parseError(validSticky({ type: 'toString' }))).toBe('unknown item type "toString"');
  });

  it('reports an item written by a newer app version instead of throwing', () => {
    expect(() => parseItem(validSticky({ v: 3 }))).not.toThrow();
    expect(parseError(validSticky({ v: 3 }))).toBe('sticky v3 is newer than this app (v2)');
  });
});

describe('sticky defaults', () => {
  it('define a square yellow empty note', () => {
    expect(stickyDefinition.defaults).toEqual({
      w: STICKY_SIZE,
      h: STICKY_SIZE,
      rotation: 0,
      color: 'yellow',
      text: '',
      authorName: '',
    });
  });

  it('pass the schema together with the fields only a writer can supply', () => {
    const { defaults } = stickyDefinition;
    const result = parseItem({
      ...defaults,
      id: 'n',
      type: 'sticky',
      v: 2,
      x: 0,
      y: 0,
      z: 'a0',
      createdBy: 'u',
      createdAt: 0,
    });
    expect(result.ok).toBe(true);
  });

  it('fill rotation, locked and authorName when a record omits them', () => {
    const raw = validSticky();
    delete raw.rotation;
    delete raw.locked;
    delete raw.authorName;
    const result = parseItem(raw);
    expect(result.ok && result.item).toMatchObject({ rotation: 0, locked: false, authorName: '' });
  });
});

describe('sticky migrations', () => {
  it('read a v1 sticky without authorName as v2 with an empty author, flagged as migrated', () => {
    const v1 = validSticky({ v: 1 });
    delete v1.authorName;
    const result = parseItem(v1);
    expect(result).toEqual({ ok: true, item: { ...validSticky(), authorName: '' }, migrated: true });
  });

  it('keep an author name a v1 record happens to carry', () => {
    const result = parseItem(validSticky({ v: 1, authorName: 'Bo' }));
    expect(result.ok && result.item).toMatchObject({ v: 2, authorName: 'Bo' });
  });

  it('treat a record without a version as v1', () => {
    const raw = validSticky();
    delete raw.v;
    delete raw.authorName;
    expect(parseItem(raw)).toMatchObject({ ok: true, migrated: true, item: { v: 2, authorName: '' } });
  });

  it('do not touch the record they read', () => {
    const v1 = validSticky({ v: 1 });
    delete v1.authorName;
    const before = structuredClone(v1);
    parseItem(v1);
    expect(v1).toEqual(before);
  });

  it('are numbered consecutively up to the current version', () => {
    const steps = stickyDefinition.migrations.map((migration) => migration.to);
    expect(steps).toEqual(Array.from({ length: stickyDefinition.version - 1 }, (_, i) => i + 2));
  });
});
