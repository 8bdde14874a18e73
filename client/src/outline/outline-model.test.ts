import { describe, expect, it } from 'vitest';
import type { FrameItem, Item, Sticky } from '@werkplaats/shared';
import { buildOutline, freeSpotInFrame, freeSpotNear, readingOrder } from './outline-model';

const base = { z: 'a', locked: false, rotation: 0, createdAt: 0, createdBy: 'u', authorName: 'U' };
const frame = (id: string, x: number, y: number, w = 960, h = 640): FrameItem =>
  ({ ...base, id, type: 'frame', x, y, w, h, title: id, fill: 'white' }) as unknown as FrameItem;
const note = (id: string, x: number, y: number): Sticky =>
  ({ ...base, id, type: 'sticky', x, y, w: 200, h: 200, text: id, color: 'yellow' }) as unknown as Sticky;

describe('readingOrder', () => {
  it('reads row by row, left to right, tolerating small offsets within a row', () => {
    const boxes = [note('c', 0, 300), note('b', 250, 10), note('a', 0, 0), note('d', 250, 290)];
    expect(readingOrder(boxes).map((b) => b.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('buildOutline', () => {
  it('lists frames in reading order with the notes inside each, then the loose notes', () => {
    const items: Item[] = [
      frame('right', 1100, 0),
      frame('left', 0, 0),
      frame('below', 0, 800),
      note('l2', 300, 50),
      note('l1', 50, 50),
      note('r1', 1150, 50),
      note('loose', 3000, 3000),
      note('half-out', 900, 50),
    ];
    expect(buildOutline(items).map((s) => [s.frame?.id ?? null, s.noteIds])).toEqual([
      ['left', ['l1', 'l2']],
      ['right', ['r1']],
      ['below', []],
      [null, ['half-out', 'loose']],
    ]);
  });

  it('gives a note in nested frames to the smallest one, and has one section for a board without frames', () => {
    const nested = buildOutline([
      frame('outer', 0, 0, 2000, 2000),
      frame('inner', 100, 100, 500, 500),
      note('n', 150, 150),
    ]);
    expect(nested.find((s) => s.frame?.id === 'inner')!.noteIds).toEqual(['n']);
    expect(nested.find((s) => s.frame?.id === 'outer')!.noteIds).toEqual([]);
    expect(buildOutline([note('n', 0, 0)])).toEqual([{ frame: null, noteIds: ['n'] }]);
    expect(buildOutline([])).toEqual([{ frame: null, noteIds: [] }]);
  });
});

describe('freeSpotInFrame', () => {
  it('takes the first grid cell no note covers', () => {
    const f = frame('f', 0, 0);
    expect(freeSpotInFrame(f, [])).toEqual({ x: 24, y: 24 });
    expect(freeSpotInFrame(f, [note('a', 24, 24)])).toEqual({ x: 248, y: 24 });
  });
});

describe('freeSpotNear', () => {
  it('centres the note on the point, stepping right past notes in the way', () => {
    expect(freeSpotNear({ x: 100, y: 100 }, [])).toEqual({ x: 0, y: 0 });
    expect(freeSpotNear({ x: 100, y: 100 }, [note('a', 0, 0)])).toEqual({ x: 224, y: 0 });
  });
});
