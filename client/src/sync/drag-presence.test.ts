import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DragPresence, MAX_PREVIEW_IDS, parseDragPreview } from './drag-presence';

describe('parseDragPreview', () => {
  it('reads moves and transforms, dropping malformed entries', () => {
    expect(parseDragPreview({ kind: 'move', ids: ['a', 3, '', 'b'], dx: 4, dy: -2 })).toEqual({
      kind: 'move',
      ids: ['a', 'b'],
      dx: 4,
      dy: -2,
    });
    const box = { id: 'a', x: 1, y: 2, scaleX: 1.5, scaleY: 1, rotation: 30 };
    expect(
      parseDragPreview({ kind: 'transform', boxes: [box, { ...box, scaleX: 0 }, { ...box, x: 'far' }] }),
    ).toEqual({ kind: 'transform', boxes: [box] });
  });

  it('refuses what is not a preview, and caps the ids', () => {
    expect(parseDragPreview(null)).toBeUndefined();
    expect(parseDragPreview({ kind: 'move', ids: ['a'], dx: Infinity, dy: 0 })).toBeUndefined();
    expect(parseDragPreview({ kind: 'spin' })).toBeUndefined();
    const ids = Array.from({ length: MAX_PREVIEW_IDS + 10 }, (_, i) => `id${i}`);
    const parsed = parseDragPreview({ kind: 'move', ids, dx: 0, dy: 0 });
    expect(parsed?.kind === 'move' && parsed.ids.length).toBe(MAX_PREVIEW_IDS);
  });
});

describe('DragPresence', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    vi.useRealTimers();
  });

  function pair() {
    const ana = new Awareness(new Y.Doc());
    const ben = new Awareness(new Y.Doc());
    // Each change travels to the other side, as the sync server relays it.
    ana.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(ben, encodeAwarenessUpdate(ana, changed), 'wire');
    });
    const sending = new DragPresence(ana);
    const watching = new DragPresence(ben);
    cleanups.push(() => {
      sending.destroy();
      watching.destroy();
      ana.destroy();
      ben.destroy();
    });
    return { ana, sending, watching };
  }

  it("shows another tab's drag until its drop, at no more than ~30 updates a second", () => {
    vi.useFakeTimers();
    const { ana, sending, watching } = pair();
    const changes = vi.fn();
    watching.changed.subscribe(changes);
    for (let i = 1; i <= 10; i++) sending.send({ kind: 'move', ids: ['a'], dx: i, dy: 0 });
    expect(watching.getRemote().get(ana.clientID)).toEqual({ kind: 'move', ids: ['a'], dx: 1, dy: 0 });
    vi.advanceTimersByTime(40);
    expect(watching.getRemote().get(ana.clientID)).toEqual({ kind: 'move', ids: ['a'], dx: 10, dy: 0 });
    expect(changes).toHaveBeenCalledTimes(2);

    sending.send({ kind: 'move', ids: ['a'], dx: 11, dy: 0 });
    sending.end();
    vi.advanceTimersByTime(40);
    expect(watching.getRemote().size).toBe(0);
  });

  it('ignores awareness changes that are not about drags', () => {
    const { ana, watching } = pair();
    const changes = vi.fn();
    watching.changed.subscribe(changes);
    ana.setLocalStateField('cursor', { x: 1, y: 2 });
    ana.setLocalStateField('cursor', { x: 3, y: 4 });
    expect(changes).not.toHaveBeenCalled();
  });
});
