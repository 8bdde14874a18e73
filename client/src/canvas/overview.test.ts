import {
  createBoardDoc,
  createItems,
  createLocalOrigin,
  FILL_COLORS,
  getItemsMap,
  INK_COLORS,
  STICKY_COLORS,
  type NewItem,
} from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import { ItemsIndex } from '../sync/items-index';
import { isOverview, keepsNode, paintedItemAt, paintSketch, type SketchContext } from './overview';

const author = { userId: 'u1', name: 'Ana' };

function board(items: NewItem[]) {
  const doc = createBoardDoc();
  createItems(doc, items, author, createLocalOrigin('u1'));
  const index = new ItemsIndex(getItemsMap(doc));
  return { index, lookup: (id: string) => index.getItem(id) };
}

const ITEMS: NewItem[] = [
  { id: 'under', type: 'sticky', x: 0, y: 0, w: 200, h: 200, text: 'under' },
  { id: 'over', type: 'shape', kind: 'ellipse', x: 100, y: 100, w: 200, h: 200 },
  { id: 'turned', type: 'sticky', x: 1000, y: 0, w: 100, h: 100, rotation: 90, text: 't' },
  {
    id: 'line',
    type: 'connector',
    x: 0,
    y: 0,
    w: 10,
    h: 10,
    start: { kind: 'point', x: 0, y: 600 },
    end: { kind: 'point', x: 400, y: 600 },
  },
  { id: 'stroke', type: 'pen', x: 0, y: 1000, w: 300, h: 10, points: [0, 0, 300, 0], width: 4 },
  { id: 'words', type: 'text', x: 2000, y: 0, w: 200, h: 40, text: 'words', fontSize: 24 },
  { id: 'area', type: 'frame', x: -500, y: -500, w: 3000, h: 3000, title: 'area' },
];
const ALL = ['area', 'under', 'over', 'turned', 'line', 'stroke', 'words'];

describe('the overview', () => {
  it('starts where notes lose their words', () => {
    expect(isOverview(0.29)).toBe(true);
    expect(isOverview(0.3)).toBe(false);
  });

  it('keeps nodes for frames, images and text large enough to read, and paints the rest', () => {
    const { lookup } = board(ITEMS);
    const kept = (scale: number) => ALL.filter((id) => keepsNode(lookup(id)!, scale));
    expect(kept(0.05)).toEqual(['area']);
    // 24 px text at 20 % is about 5 screen pixels: legible, so it keeps its node.
    expect(kept(0.2)).toEqual(['area', 'words']);
  });
});

describe('paintedItemAt', () => {
  const { lookup } = board(ITEMS);
  const painted = ALL.filter((id) => id !== 'area');
  const at = (x: number, y: number, scale = 0.1) => paintedItemAt(painted, lookup, { x, y }, scale);

  it('finds the topmost item whose box holds the point', () => {
    expect(at(150, 150)).toBe('over');
    expect(at(50, 50)).toBe('under');
    expect(at(2050, 20)).toBe('words');
  });

  it('turns the point into a rotated item’s own frame', () => {
    // Turned 90° about its top-left corner, the note covers x 900–1000, y 0–100.
    expect(at(950, 50)).toBe('turned');
    expect(at(1050, 50)).toBeUndefined();
  });

  it('picks lines within a few screen pixels, so a thin line is easy to hit zoomed out', () => {
    expect(at(200, 640, 0.1)).toBe('line');
    expect(at(200, 640, 1)).toBeUndefined();
    expect(at(150, 1030, 0.1)).toBe('stroke');
    expect(at(150, 1030, 1)).toBeUndefined();
  });

  it('ignores what is not painted and empty board', () => {
    expect(paintedItemAt(['under'], lookup, { x: 150, y: 150 }, 0.1)).toBe('under');
    expect(at(-400, -400)).toBeUndefined();
  });
});

/** A 2D context that records what is drawn, enough to tell ink from nothing. */
function recorder() {
  const calls: string[] = [];
  const state = { fillStyle: '', strokeStyle: '', lineWidth: 1, lineCap: 'butt', lineJoin: 'miter' };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(
        name === 'fill'
          ? `fill ${String(state.fillStyle)}`
          : name === 'stroke'
            ? `stroke ${String(state.strokeStyle)}`
            : name,
      );
      return args.length;
    };
  const ctx = Object.assign(state, {
    save: record('save'),
    restore: record('restore'),
    translate: record('translate'),
    rotate: record('rotate'),
    beginPath: record('beginPath'),
    closePath: record('closePath'),
    rect: record('rect'),
    ellipse: record('ellipse'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    fill: record('fill'),
    stroke: record('stroke'),
  }) as unknown as SketchContext;
  return { ctx, calls };
}

describe('paintSketch', () => {
  const { lookup } = board(ITEMS);

  it('paints notes and shapes in their colours, lines in their ink, and leaves text blank', () => {
    const { ctx, calls } = recorder();
    expect(paintSketch(ctx, ['under', 'over', 'line', 'words', 'gone'], lookup, { kind: 'scene' })).toBe(4);
    const shape = lookup('over');
    const line = lookup('line');
    if (shape?.type !== 'shape' || line?.type !== 'connector') throw new Error('fixture');
    const ink = calls.filter((call) => call.startsWith('fill') || call.startsWith('stroke'));
    expect(ink).toEqual([
      `fill ${STICKY_COLORS.yellow}`,
      'stroke #00000014',
      `fill ${FILL_COLORS[shape.fill]}`,
      ...(shape.strokeWidth > 0 ? [`stroke ${INK_COLORS[shape.stroke]}`] : []),
      `stroke ${INK_COLORS[line.stroke]}`,
      ...(line.endArrow === 'arrow' ? [`fill ${INK_COLORS[line.stroke]}`] : []),
    ]);
    expect(calls).toContain('ellipse');
  });

  it('paints every item’s pickable area in the one hit colour', () => {
    const { ctx, calls } = recorder();
    paintSketch(ctx, ['under', 'over', 'line', 'stroke', 'words'], lookup, {
      kind: 'hit',
      color: '#123456',
      scale: 0.1,
    });
    const ink = calls.filter((call) => call.startsWith('fill') || call.startsWith('stroke'));
    expect(ink).toEqual(['fill #123456', 'fill #123456', 'stroke #123456', 'stroke #123456', 'fill #123456']);
  });

  it('turns rotated items about their corner', () => {
    const { ctx, calls } = recorder();
    paintSketch(ctx, ['turned'], lookup, { kind: 'scene' });
    expect(calls.slice(0, 3)).toEqual(['save', 'translate', 'rotate']);
    expect(calls.at(-1)).toBe('restore');
  });
});
