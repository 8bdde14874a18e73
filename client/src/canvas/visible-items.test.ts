import {
  createBoardDoc,
  createItems,
  createLocalOrigin,
  getItemsMap,
  type NewItem,
} from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { resetBoardState, useBoardStore } from '../store/board-store';
import { DragPresence } from '../sync/drag-presence';
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
    const awareness = new Awareness(doc);
    const visible = new VisibleItems(
      new ItemsIndex(getItemsMap(doc)),
      useBoardStore,
      new DragPresence(awareness),
    );
    const stop = visible.subscribe(() => undefined);
    const zoom = (scale: number) => useBoardStore.getState().setViewport({ x: 100, y: 100, scale });
    /** Someone else's drag preview, as it arrives by awareness. */
    const dragElsewhere = (drag: unknown) => {
      const other = new Awareness(new Y.Doc());
      other.setLocalStateField('drag', drag);
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'peer');
    };
    return { visible, stop, zoom, dragElsewhere };
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

  it('zoomed out, gives nodes to what someone else drags, so the preview moves smoothly', () => {
    const { visible, stop, zoom, dragElsewhere } = setup();
    zoom(0.1);
    dragElsewhere({ kind: 'move', ids: ['b'], dx: 40, dy: 0 });
    expect(visible.getSnapshot()).toEqual({ nodes: ['frame', 'b', 'ab'], painted: ['a', 'far'] });
    stop();
  });
});
