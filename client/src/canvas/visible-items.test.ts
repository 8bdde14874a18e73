import {
  createBoardDoc,
  createItems,
  createLocalOrigin,
  getItemsMap,
  type NewItem,
} from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import { resetBoardState, useBoardStore } from '../store/board-store';
import { ItemsIndex } from '../sync/items-index';
import { cullIds, VisibleItems } from './visible-items';

describe('cullIds', () => {
  const rects: Record<string, { x: number; y: number; w: number; h: number }> = {
    near: { x: 0, y: 0, w: 200, h: 200 },
    edge: { x: 990, y: 0, w: 200, h: 200 },
    far: { x: 5000, y: 5000, w: 200, h: 200 },
  };
  const view = { x: -100, y: -100, w: 1100, h: 900 };

  it('keeps items touching the view, in paint order', () => {
    expect(cullIds(['far', 'edge', 'near'], (id) => rects[id], view, new Set())).toEqual(['edge', 'near']);
  });

  it('always keeps pinned items, and drops ids without a rectangle', () => {
    expect(cullIds(['far', 'near', 'gone'], (id) => rects[id], view, new Set(['far']))).toEqual([
      'far',
      'near',
    ]);
  });
});

describe('VisibleItems', () => {
  const items: NewItem[] = [
    { id: 'frame', type: 'frame', x: -100, y: -100, w: 1000, h: 800, title: 'area' },
    { id: 'a', type: 'sticky', x: 0, y: 0, text: 'a' },
    { id: 'b', type: 'sticky', x: 400, y: 0, text: 'b' },
    { id: 'far', type: 'sticky', x: 3000, y: 0, text: 'far' },
    {
      id: 'ab',
      type: 'connector',
      x: 0,
      y: 0,
      w: 10,
      h: 10,
      start: { kind: 'item', itemId: 'a', anchor: 'auto' },
      end: { kind: 'item', itemId: 'b', anchor: 'auto' },
    },
  ];

  function setup() {
    const doc = createBoardDoc();
    createItems(doc, items, { userId: 'u1', name: 'Ana' }, createLocalOrigin('u1'));
    resetBoardState();
    useBoardStore.getState().setStageSize({ width: 1000, height: 800 });
    const visible = new VisibleItems(new ItemsIndex(getItemsMap(doc)), useBoardStore);
    const stop = visible.subscribe(() => undefined);
    const zoom = (scale: number) => useBoardStore.getState().setViewport({ x: 100, y: 100, scale });
    return { visible, stop, zoom };
  }

  it('gives every item near the window a node at a readable zoom', () => {
    const { visible, stop, zoom } = setup();
    zoom(1);
    expect(visible.getSnapshot()).toEqual({ nodes: ['frame', 'a', 'b', 'ab'], painted: [] });
    stop();
  });

  it('zoomed out, keeps nodes for frames only and paints the rest, connectors too', () => {
    const { visible, stop, zoom } = setup();
    zoom(0.1);
    expect(visible.getSnapshot()).toEqual({ nodes: ['frame'], painted: ['a', 'b', 'far', 'ab'] });
    stop();
  });

  it('zoomed out, gives nodes to the selection and the connectors that follow it, so they can be dragged', () => {
    const { visible, stop, zoom } = setup();
    zoom(0.1);
    useBoardStore.getState().select(['a']);
    expect(visible.getSnapshot()).toEqual({ nodes: ['frame', 'a', 'ab'], painted: ['b', 'far'] });
    // A selected frame carries its contents when it moves: they get nodes too.
    useBoardStore.getState().select(['frame']);
    expect(visible.getSnapshot()).toEqual({ nodes: ['frame', 'a', 'b', 'ab'], painted: ['far'] });
    stop();
  });
});
