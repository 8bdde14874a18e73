import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getItemsMap } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { createItems } from '../ops/create-items.js';
import { InvalidItemError } from '../ops/errors.js';
import type { FrameItem } from '../schema/frame.js';
import { applyTemplate, templateFromItems } from './apply-template.js';
import { LIBRARY_TEMPLATES } from './library.js';
import { programmeSessionTemplate } from './programmes.js';
import { templateBounds } from './resolve-template.js';
import { TEMPLATE_KIND } from './template-schema.js';
import { parseTemplate } from './validate-template.js';

const ann = { userId: 'ann', name: 'Ann' };
const empathy = LIBRARY_TEMPLATES.find((t) => t.id === 'library/empathy-map')!;

describe('applyTemplate', () => {
  it('inserts the template centred on the point as one undo step', () => {
    const doc = createBoardDoc();
    const origin = createLocalOrigin('ann');
    const undo = new Y.UndoManager(getItemsMap(doc), { trackedOrigins: new Set([origin]) });
    const created = applyTemplate(doc, empathy, {
      at: { x: 500, y: 300 },
      locale: 'en',
      origin,
      author: ann,
    });
    expect(created).toHaveLength(empathy.items.length);
    const frame = created[0] as FrameItem;
    expect(frame.x + frame.w / 2).toBeCloseTo(500, 0);
    expect(frame.y + frame.h / 2).toBeCloseTo(300, 0);
    expect(readItems(doc).items.some((item) => item.type === 'text' && item.text === 'Says')).toBe(true);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readItems(doc).items).toEqual([]);
  });

  it('writes the text in the language asked for', () => {
    const doc = createBoardDoc();
    applyTemplate(doc, empathy, {
      at: { x: 0, y: 0 },
      locale: 'nl',
      origin: createLocalOrigin('a'),
      author: ann,
    });
    const texts = readItems(doc).items.flatMap((item) => ('text' in item ? [item.text] : []));
    expect(texts).toContain('Zegt');
    expect(texts).not.toContain('Says');
  });

  it('locks the structure of a prepared session but leaves vote dots free', () => {
    const doc = createBoardDoc();
    const week2 = programmeSessionTemplate('design-thinking-5', 1)!;
    applyTemplate(doc, week2, {
      at: { x: 0, y: 0 },
      locale: 'en',
      origin: createLocalOrigin('a'),
      author: ann,
      lockStructure: true,
    });
    const items = readItems(doc).items;
    const frames = items.filter((item): item is FrameItem => item.type === 'frame');
    expect(frames.every((frame) => frame.locked)).toBe(true);
    expect(frames.map((frame) => frame.step?.minutes).filter(Boolean)).toEqual([10, 35, 25, 30, 15, 5]);
    const dots = items.filter((item) => item.type === 'shape' && item.kind === 'ellipse' && !item.locked);
    expect(dots.length).toBeGreaterThanOrEqual(24);
  });

  it('writes nothing when an item does not fit the board schema', () => {
    const doc = createBoardDoc();
    const broken = { items: [...empathy.items, { type: 'sticky' as const, x: 0, y: 0, color: 'black' }] };
    expect(() =>
      applyTemplate(doc, broken, {
        at: { x: 0, y: 0 },
        locale: 'en',
        origin: createLocalOrigin('a'),
        author: ann,
      }),
    ).toThrow(InvalidItemError);
    expect(readItems(doc).items).toEqual([]);
  });
});

describe('parseTemplate', () => {
  const valid = JSON.parse(JSON.stringify(empathy)) as Record<string, unknown>;

  it('refuses what is not a template, and says so', () => {
    expect(parseTemplate({ hello: 'world' })).toEqual({
      ok: false,
      error: expect.stringMatching(/not a Werkplaats template/),
    });
    expect(parseTemplate('text')).toMatchObject({ ok: false });
  });

  it('names a newer format version instead of listing schema errors', () => {
    expect(parseTemplate({ ...valid, version: 99 })).toEqual({
      ok: false,
      error: expect.stringMatching(/newer version.*format 99/),
    });
  });

  it.each([
    ['a colour outside the palette', { type: 'sticky', x: 0, y: 0, color: 'black', text: 'x' }, /color/],
    [
      'a field the type does not have',
      { type: 'sticky', x: 0, y: 0, text: 'x', src: '/a.png' },
      /not a field/,
    ],
    ['an unknown item type', { type: 'video', x: 0, y: 0 }, /unknown item type/],
    [
      'a connector to an item outside the template',
      {
        type: 'connector',
        x: 0,
        y: 0,
        start: { kind: 'item', itemId: 'gone', anchor: 'auto' },
        end: { kind: 'point', x: 1, y: 1 },
      },
      /points at no item/,
    ],
  ])('refuses %s', (_name, item, message) => {
    const result = parseTemplate({ ...valid, items: [item] });
    expect(result.ok ? 'accepted' : result.error).toMatch(message);
  });
});

describe('templateFromItems', () => {
  it('saves a frame with its contents and connectors, and applies again elsewhere', () => {
    const source = createBoardDoc();
    const origin = createLocalOrigin('ann');
    const [frame, a, b] = createItems(
      source,
      [
        { type: 'frame', x: 1000, y: 1000, w: 800, h: 600, title: 'Our step' },
        { type: 'sticky', x: 1100, y: 1100, text: 'A' },
        { type: 'shape', x: 1400, y: 1100, text: 'B' },
      ],
      ann,
      origin,
    );
    const [line] = createItems(
      source,
      [
        {
          type: 'connector',
          x: 1200,
          y: 1200,
          start: { kind: 'item', itemId: a!.id, anchor: 'auto' },
          end: { kind: 'item', itemId: b!.id, anchor: 'auto' },
        },
      ],
      ann,
      origin,
    );
    const template = templateFromItems([frame!, a!, b!, line!], {
      id: 'org/1',
      name: 'Our step',
      description: '',
      scope: 'frame',
    });
    expect(template.kind).toBe(TEMPLATE_KIND);
    expect(templateBounds(template)).toMatchObject({ x: 0, y: 0, w: 800, h: 600 });
    const reread = parseTemplate(JSON.parse(JSON.stringify(template)));
    expect(reread.ok).toBe(true);

    const target = createBoardDoc();
    const created = applyTemplate(target, template, {
      at: { x: 0, y: 0 },
      locale: 'nl',
      origin,
      author: ann,
    });
    const connector = created.find((item) => item.type === 'connector')!;
    const ids = new Set(created.map((item) => item.id));
    expect(
      connector.type === 'connector' && connector.start.kind === 'item' && ids.has(connector.start.itemId),
    ).toBe(true);
    expect(created.find((item) => item.type === 'frame')).toMatchObject({
      title: 'Our step',
      x: -400,
      y: -300,
    });
  });
});
