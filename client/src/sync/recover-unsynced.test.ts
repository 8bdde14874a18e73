import {
  createBoardDoc,
  createItem,
  createLocalOrigin,
  deleteItems,
  moveItems,
  readItem,
  setItemsLocked,
  setItemText,
} from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { recoverUnsynced } from './recover-unsynced';

const fien = createLocalOrigin('fien');
const pieter = createLocalOrigin('pieter');
const author = { userId: 'pieter', name: 'Pieter' };

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** A server doc with an open note and a locked one, and a participant's synced copy. */
function board() {
  const server = createBoardDoc();
  const open = createItem(server, { type: 'sticky', x: 0, y: 0, text: 'open' }, author, fien).id;
  const locked = createItem(server, { type: 'sticky', x: 300, y: 0, text: 'vast' }, author, fien).id;
  setItemsLocked(server, [locked], true, fien);
  return { server, open, locked, client: copyOf(server) };
}

const textOf = (doc: Y.Doc, id: string) => (readItem(doc, id) as { text?: string } | undefined)?.text;

describe('recoverUnsynced', () => {
  it('puts back unsynced notes, moves and text edits, and leaves out changes to locked items', () => {
    const { server, open, locked, client } = board();
    const created = createItem(
      client,
      { type: 'sticky', x: 9, y: 9, text: 'offline idee' },
      author,
      pieter,
    ).id;
    moveItems(client, [{ id: open, x: 50, y: 60 }], pieter);
    setItemText(client, open, 'open, bewerkt', pieter);
    // What the server refused: a write to the locked note (as a forged or raced update would carry it).
    client.transact(
      () => (client.getMap('board').get('items') as Y.Map<Y.Map<unknown>>).get(locked)!.set('x', 999),
      pieter,
    );

    const fresh = copyOf(server);
    const report = recoverUnsynced(client, fresh, { facilitator: false, origin: pieter });
    expect(textOf(fresh, created)).toBe('offline idee');
    expect(readItem(fresh, open)).toMatchObject({ x: 50, y: 60, text: 'open, bewerkt' });
    expect(readItem(fresh, locked)?.x).toBe(300);
    expect(report).toEqual({ restored: 4, dropped: 1 });
  });

  it('does not undo what others changed after this person’s changes reached the server', () => {
    const { server, open, client } = board();
    moveItems(client, [{ id: open, x: 10, y: 10 }], pieter);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    moveItems(server, [{ id: open, x: 20, y: 20 }], fien);
    const fresh = copyOf(server);
    expect(recoverUnsynced(client, fresh, { facilitator: false, origin: pieter })).toEqual({
      restored: 0,
      dropped: 0,
    });
    expect(readItem(fresh, open)?.x).toBe(20);
  });

  it('repeats unsynced deletions and text deletions, except of locked items', () => {
    const { server, open, locked, client } = board();
    const other = createItem(server, { type: 'sticky', x: 0, y: 200, text: 'weg ermee' }, author, fien).id;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    deleteItems(client, [other], pieter);
    setItemText(client, open, 'op', pieter);
    client.transact(() => (client.getMap('board').get('items') as Y.Map<unknown>).delete(locked), pieter);
    const fresh = copyOf(server);
    const report = recoverUnsynced(client, fresh, { facilitator: false, origin: pieter });
    expect(readItem(fresh, other)).toBeUndefined();
    expect(textOf(fresh, open)).toBe('op');
    expect(readItem(fresh, locked)).toBeDefined();
    expect(report.dropped).toBe(1);
  });

  it('lets a facilitator’s unsynced changes to locked items through', () => {
    const { server, locked, client } = board();
    moveItems(client, [{ id: locked, x: 1, y: 1 }], fien);
    client.transact(
      () => (client.getMap('board').get('items') as Y.Map<Y.Map<unknown>>).get(locked)!.set('x', 1),
      fien,
    );
    const fresh = copyOf(server);
    expect(recoverUnsynced(client, fresh, { facilitator: true, origin: fien }).restored).toBe(1);
    expect(readItem(fresh, locked)?.x).toBe(1);
  });
});
