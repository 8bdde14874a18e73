import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createBoardDoc,
  createItem,
  createLocalOrigin,
  deleteItems,
  getContainer,
  getItemsMap,
  getRoot,
  moveItems,
  setItemText,
  updateItems,
} from '@werkplaats/shared';
import { analyseUpdate } from './update-scope.js';

const origin = createLocalOrigin('u1');
const author = { userId: 'u1', name: 'Fien' };

/** The server's doc and a client that holds a synced copy of it. */
function pair(): { server: Y.Doc; client: Y.Doc } {
  const server = createBoardDoc();
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** Runs `change` on the client and returns the update it made (what the client would send). */
function captured(client: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  client.on('update', collect);
  change();
  client.off('update', collect);
  return Y.mergeUpdates(updates);
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

function withNote(): { server: Y.Doc; client: Y.Doc; id: string } {
  const { server, client } = pair();
  const { id } = createItem(server, { type: 'sticky', x: 0, y: 0, text: 'hallo' }, author, origin);
  sync(server, client);
  return { server, client, id };
}

describe('analyseUpdate', () => {
  it('sees a new item as created, not as field changes', () => {
    const { server, client } = pair();
    let id = '';
    const update = captured(client, () => {
      id = createItem(client, { type: 'sticky', x: 1, y: 2, text: 'nieuw' }, author, origin).id;
    });
    const scope = analyseUpdate(server, update);
    expect(scope.unattributed).toBe(false);
    expect(scope.rootKeys).toBe(false);
    expect([...scope.containers]).toEqual(['items']);
    expect(scope.items.get(id)).toEqual({
      created: true,
      deleted: false,
      fields: new Set(),
      createdLocked: false,
    });
  });

  it('names the fields set on an existing item', () => {
    const { server, client, id } = withNote();
    const update = captured(client, () => moveItems(client, [{ id, x: 50, y: 60 }], origin));
    const touch = analyseUpdate(server, update).items.get(id);
    expect(touch?.created).toBe(false);
    expect(touch?.deleted).toBe(false);
    expect([...touch!.fields].sort()).toEqual(['updatedAt', 'x', 'y']);
  });

  it('attributes a text edit to the item’s text field', () => {
    const { server, client, id } = withNote();
    const update = captured(client, () => setItemText(client, id, 'hallo wereld', origin));
    const scope = analyseUpdate(server, update);
    expect(scope.unattributed).toBe(false);
    expect(scope.items.get(id)?.fields.has('text')).toBe(true);
  });

  it('attributes a text deletion through the delete set', () => {
    const { server, client, id } = withNote();
    const update = captured(client, () => {
      const text = getItemsMap(client).get(id)!.get('text') as Y.Text;
      client.transact(() => text.delete(0, 2), origin);
    });
    const decoded = Y.decodeUpdate(update);
    expect(decoded.structs).toHaveLength(0);
    expect([...analyseUpdate(server, update).items.get(id)!.fields]).toEqual(['text']);
  });

  it('sees a deleted item as deleted', () => {
    const { server, client, id } = withNote();
    const update = captured(client, () => deleteItems(client, [id], origin));
    const touch = analyseUpdate(server, update).items.get(id);
    expect(touch?.deleted).toBe(true);
    expect(touch?.created).toBe(false);
  });

  it('sees a lock toggle as a change to `locked`', () => {
    const { server, client, id } = withNote();
    const update = captured(client, () => updateItems(client, [{ id, patch: { locked: true } }], origin));
    expect(analyseUpdate(server, update).items.get(id)?.fields.has('locked')).toBe(true);
  });

  it('flags a new item that arrives locked', () => {
    const { server, client } = pair();
    let id = '';
    const update = captured(client, () => {
      id = createItem(client, { type: 'sticky', x: 0, y: 0, locked: true }, author, origin).id;
    });
    expect(analyseUpdate(server, update).items.get(id)?.createdLocked).toBe(true);
  });

  it('places writes in nested new types under the item they belong to', () => {
    const { server, client, id } = withNote();
    const update = captured(client, () =>
      client.transact(() => {
        const nested = new Y.Map<unknown>();
        getItemsMap(client).get(id)!.set('extra', nested);
        const deeper = new Y.Array<unknown>();
        nested.set('list', deeper);
        deeper.push([1, 2, 3]);
        deeper.insert(1, [9]);
      }, origin),
    );
    const scope = analyseUpdate(server, update);
    expect(scope.unattributed).toBe(false);
    expect([...scope.items.get(id)!.fields]).toEqual(['extra']);
  });

  it('separates several items in one update', () => {
    const { server, client, id } = withNote();
    let created = '';
    const other = createItem(server, { type: 'sticky', x: 9, y: 9 }, author, origin).id;
    sync(server, client);
    const update = captured(client, () =>
      client.transact(() => {
        created = createItem(client, { type: 'text', x: 0, y: 0, text: 'a' }, author, origin).id;
        moveItems(client, [{ id, x: 5, y: 5 }], origin);
        deleteItems(client, [other], origin);
      }, origin),
    );
    const scope = analyseUpdate(server, update);
    expect(scope.items.get(created)?.created).toBe(true);
    expect(scope.items.get(id)?.fields.has('x')).toBe(true);
    expect(scope.items.get(other)?.deleted).toBe(true);
    expect(scope.items.size).toBe(3);
  });

  it('names the containers written besides items', () => {
    const { server, client } = pair();
    const update = captured(client, () =>
      client.transact(() => {
        getContainer(client, 'session').set('timer', { status: 'running' });
        getContainer(client, 'votes').set('v1', 3);
        getContainer(client, 'meta').delete('schemaVersion');
      }),
    );
    const scope = analyseUpdate(server, update);
    expect([...scope.containers].sort()).toEqual(['meta', 'session', 'votes']);
    expect(scope.items.size).toBe(0);
  });

  it('sees a replaced container as a write to the root', () => {
    const { server, client } = pair();
    const update = captured(client, () => getRoot(client).set('items', new Y.Map()));
    expect(analyseUpdate(server, update).rootKeys).toBe(true);
  });

  it('ignores what the doc already has, including an old delete set', () => {
    const { server, client, id } = withNote();
    deleteItems(server, [id], origin);
    sync(server, client);
    expect(analyseUpdate(server, Y.encodeStateAsUpdate(client)).items.size).toBe(0);
  });

  it('cannot place an update that refers to a struct nobody has', () => {
    const { server } = pair();
    const stranger = new Y.Doc();
    stranger.getMap('board').set('items', new Y.Map());
    const inner = stranger.getMap('board').get('items') as Y.Map<unknown>;
    const first = captured(stranger, () => inner.set('a', 1));
    const second = captured(stranger, () => inner.set('a', 2));
    // `second` points at structs of `first`, which the server never received.
    expect(first.length).toBeGreaterThan(0);
    expect(analyseUpdate(server, second).unattributed).toBe(true);
  });

  it('cannot place structs of a foreign root type', () => {
    const { server, client } = pair();
    const update = captured(client, () => client.getMap('elsewhere').set('x', 1));
    expect(analyseUpdate(server, update).unattributed).toBe(true);
  });

  it('flags a crafted update whose parent is not a type', () => {
    const { server, id } = withNote();
    const itemStruct = getItemsMap(server).get(id)!.get('text') as Y.Text;
    // An Item that names the text's first character (a string, not a type) as its parent.
    const first = itemStruct._start!;
    const update = craftMapSet({ client: 4242, clock: 0 }, first.id, 'x', 1);
    expect(analyseUpdate(server, update).unattributed).toBe(true);
  });

  it('attributes a crafted update to the item map it names as parent', () => {
    const { server, id } = withNote();
    const itemType = getItemsMap(server).get(id)!;
    const update = craftMapSet({ client: 4242, clock: 0 }, itemType._item!.id, 'locked', false);
    const scope = analyseUpdate(server, update);
    expect(scope.unattributed).toBe(false);
    expect([...scope.items.get(id)!.fields]).toEqual(['locked']);
  });

  it('flags a gap in a client’s clock and deletions of unknown structs', () => {
    const { server, id } = withNote();
    const itemType = getItemsMap(server).get(id)!;
    expect(
      analyseUpdate(server, craftMapSet({ client: 4242, clock: 5 }, itemType._item!.id, 'x', 1)).unattributed,
    ).toBe(true);
    expect(analyseUpdate(server, craftDeletion(777, 0, 3)).unattributed).toBe(true);
  });
});

/** A V1 update with one Item setting `key` on the type whose content is at `parent`. */
function craftMapSet(
  id: { client: number; clock: number },
  parent: Y.ID,
  key: string,
  value: unknown,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 1); // one struct
  encoding.writeVarUint(encoder, id.client);
  encoding.writeVarUint(encoder, id.clock);
  // Info: ContentAny (8) with parentSub (bit 6), no origins: parent info follows.
  encoding.writeUint8(encoder, 8 | 0b0010_0000);
  encoding.writeVarUint(encoder, 0); // parent is an ID, not a root key
  encoding.writeVarUint(encoder, parent.client);
  encoding.writeVarUint(encoder, parent.clock);
  encoding.writeVarString(encoder, key);
  encoding.writeVarUint(encoder, 1);
  encoding.writeAny(encoder, value as string);
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

/** A V1 update with no structs that deletes [clock, clock + len) of `client`. */
function craftDeletion(client: number, clock: number, len: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarUint(encoder, len);
  return encoding.toUint8Array(encoder);
}
