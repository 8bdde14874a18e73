import { readSticky } from '../testing/item-records.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getItemsMap } from '../doc/board-doc.js';
import { connectionOrigin, createLocalOrigin } from '../doc/origins.js';
import { readItem, readItems } from '../doc/read.js';
import { syncPair } from '../testing/sim-network.js';
import { createItem } from './create-items.js';
import { deleteItems } from './delete-items.js';
import { moveItems, setItemText, updateItems } from './update-items.js';

const ann = { userId: 'ann', name: 'Ann' };
const bo = { userId: 'bo', name: 'Bo' };

/**
 * Ann's editor and Bo's, each with the origin its ops carry. Bo's updates reach Ann with the
 * connection origin, as the sync provider applies them, so her undo manager must ignore them.
 */
function session() {
  const local = createBoardDoc();
  const remote = createBoardDoc();
  const localOrigin = createLocalOrigin('ann');
  const remoteOrigin = createLocalOrigin('bo');
  const wire = connectionOrigin('server');
  const deliver = () => syncPair(local, remote, wire);
  const undo = new Y.UndoManager(getItemsMap(local), {
    trackedOrigins: new Set([localOrigin]),
    captureTimeout: 0,
  });
  return { local, remote, localOrigin, remoteOrigin, deliver, undo };
}

describe('undo scoped to the local origin', () => {
  it("reverts the local move while the remote peer's edits to the same item survive", () => {
    const { local, remote, localOrigin, remoteOrigin, deliver, undo } = session();
    const item = createItem(local, { type: 'sticky', x: 10, y: 20, text: 'idea' }, ann, localOrigin);
    deliver();
    undo.clear();

    moveItems(local, [{ id: item.id, x: 400, y: 500 }], localOrigin);
    updateItems(remote, [{ id: item.id, patch: { color: 'blue' } }], remoteOrigin);
    setItemText(remote, item.id, 'better idea', remoteOrigin);
    deliver();

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    deliver();

    for (const doc of [local, remote]) {
      expect(readItem(doc, item.id)).toMatchObject({ x: 10, y: 20, color: 'blue', text: 'better idea' });
    }
    undo.redo();
    expect(readItem(local, item.id)).toMatchObject({ x: 400, y: 500, color: 'blue', text: 'better idea' });
  });

  it('never undoes a remote change, even one made after the local change to the same field', () => {
    const { local, remote, localOrigin, remoteOrigin, deliver, undo } = session();
    const item = createItem(local, { type: 'sticky', x: 0, y: 0 }, ann, localOrigin);
    deliver();
    undo.clear();

    moveItems(local, [{ id: item.id, x: 100, y: 100 }], localOrigin);
    deliver();
    moveItems(remote, [{ id: item.id, x: 900, y: 900 }], remoteOrigin);
    deliver();

    undo.undo();
    deliver();
    expect(readItem(local, item.id)).toMatchObject({ x: 900, y: 900 });
    expect(readItem(remote, item.id)).toMatchObject({ x: 900, y: 900 });
  });

  it('undoes only the local half of concurrent typing in one note', () => {
    const { local, remote, localOrigin, remoteOrigin, deliver, undo } = session();
    const item = createItem(local, { type: 'sticky', x: 0, y: 0, text: 'plan' }, ann, localOrigin);
    deliver();
    undo.clear();

    setItemText(local, item.id, 'the plan', localOrigin);
    setItemText(remote, item.id, 'plan B', remoteOrigin);
    deliver();
    expect(readSticky(local, item.id).text).toBe('the plan B');

    undo.undo();
    deliver();
    expect(readSticky(local, item.id).text).toBe('plan B');
    expect(readSticky(remote, item.id).text).toBe('plan B');
  });

  it("undoing a local create removes that item only, not the peer's", () => {
    const { local, remote, localOrigin, remoteOrigin, deliver, undo } = session();
    const mine = createItem(local, { type: 'sticky', x: 0, y: 0 }, ann, localOrigin);
    const theirs = createItem(remote, { type: 'sticky', x: 0, y: 0 }, bo, remoteOrigin);
    deliver();

    undo.undo();
    deliver();
    expect(readItems(remote).items.map((item) => item.id)).toEqual([theirs.id]);
    expect(undo.canUndo()).toBe(false);

    undo.redo();
    deliver();
    expect(
      readItems(remote)
        .items.map((item) => item.id)
        .sort(),
    ).toEqual([mine.id, theirs.id].sort());
  });

  it('restores a locally deleted item, with the text the peer typed before the delete', () => {
    const { local, remote, localOrigin, remoteOrigin, deliver, undo } = session();
    const item = createItem(local, { type: 'sticky', x: 0, y: 0, text: 'draft' }, ann, localOrigin);
    deliver();
    setItemText(remote, item.id, 'final', remoteOrigin);
    deliver();
    undo.clear();

    deleteItems(local, [item.id], localOrigin);
    deliver();
    expect(readItem(remote, item.id)).toBeUndefined();

    undo.undo();
    deliver();
    expect(readItem(remote, item.id)).toMatchObject({ id: item.id, text: 'final' });
  });
});
