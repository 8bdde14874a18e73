import { describe, expect, it } from 'vitest';
import { createBoardDoc } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { cloneItems } from './clone-items.js';
import { createItems } from './create-items.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

function boardWithLinkedNotes() {
  const doc = createBoardDoc();
  createItems(
    doc,
    [
      { type: 'sticky', id: 'a', x: 0, y: 0, text: 'A' },
      { type: 'sticky', id: 'b', x: 400, y: 0, text: 'B' },
      {
        type: 'connector',
        id: 'c',
        x: 200,
        y: 100,
        w: 200,
        h: 1,
        start: { kind: 'item', itemId: 'a', anchor: 'auto' },
        end: { kind: 'item', itemId: 'b', anchor: 'auto' },
      },
    ],
    ann,
    origin,
  );
  return doc;
}

describe('cloneItems', () => {
  it('gives copies new ids and offsets, and re-attaches connectors to the copies', () => {
    const source = readItems(boardWithLinkedNotes()).items;
    const copies = cloneItems(source, { x: 24, y: 24 });
    const target = createBoardDoc();
    const created = createItems(target, copies, { userId: 'ben', name: 'Ben' }, createLocalOrigin('ben'));
    const byText = Object.fromEntries(created.map((item) => ['text' in item ? item.text : item.type, item]));
    expect(byText.A).toMatchObject({ x: 24, y: 24, createdBy: 'ben', authorName: 'Ben' });
    expect(created.map((item) => item.id)).not.toContain('a');
    expect(byText.connector).toMatchObject({
      start: { kind: 'item', itemId: byText.A!.id },
      end: { kind: 'item', itemId: byText.B!.id },
    });
  });

  it('frees ends whose item was not copied, unless it stays on the board', () => {
    const [, , connector] = readItems(boardWithLinkedNotes()).items;
    expect(cloneItems([connector], { x: 0, y: 0 })[0]).toMatchObject({
      start: { kind: 'point', x: 0, y: 0 },
      end: { kind: 'point', x: 200, y: 1 },
    });
    expect(cloneItems([connector], { x: 0, y: 0 }, (id) => id === 'a')[0]).toMatchObject({
      start: { kind: 'item', itemId: 'a' },
      end: { kind: 'point' },
    });
  });

  it('skips records that are not valid items', () => {
    const [note] = readItems(boardWithLinkedNotes()).items;
    expect(cloneItems([null, 'x', { type: 'sticky', x: 'left' }, note], { x: 0, y: 0 })).toHaveLength(1);
  });
});
