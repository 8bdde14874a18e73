import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, createItems, createLocalOrigin, getItemsMap, moveItems } from '@werkplaats/shared';
import { StoredParts } from './stored-parts.js';

const origin = createLocalOrigin('ana');
const author = { userId: 'ana', name: 'Ana' };

/** A board and every update it emitted, as a room stores them. */
function writtenBoard(notes: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = createBoardDoc();
  const updates = [Y.encodeStateAsUpdate(doc)];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < notes; i++) {
    const [item] = createItems(doc, [{ type: 'sticky', x: i, y: 0, text: `n${i}` }], author, origin);
    moveItems(doc, [{ id: item!.id, x: i, y: 1 }], origin);
  }
  return { doc, updates };
}

/** What a peer holds after applying the parts' messages in order. */
function received(parts: StoredParts): Y.Doc {
  const doc = new Y.Doc();
  for (const message of parts.messages) {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
  return doc;
}

describe('StoredParts', () => {
  it('carries every stored update in few messages', () => {
    const { doc, updates } = writtenBoard(300);
    const parts = new StoredParts(updates.slice(0, 1));
    for (const update of updates.slice(1)) parts.add(update);
    expect(updates.length).toBeGreaterThan(600);
    expect(parts.messages.length).toBeLessThan(updates.length / 20);
    const peer = received(parts);
    expect(Y.encodeStateVector(peer)).toEqual(Y.encodeStateVector(doc));
    expect(getItemsMap(peer).size).toBe(300);
  });

  it('keeps what was added while a compaction wrote its snapshot, and nothing else changes when it fails', () => {
    const { doc, updates } = writtenBoard(20);
    const parts = new StoredParts(updates);
    const snapshot = Y.encodeStateAsUpdate(doc);
    parts.beginRebase();
    const late: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => late.push(update));
    createItems(doc, [{ type: 'sticky', x: 0, y: 9, text: 'late' }], author, origin);
    for (const update of late) parts.add(update);
    parts.rebase(snapshot);
    expect(parts.messages.length).toBe(2);
    expect(getItemsMap(received(parts)).size).toBe(21);

    parts.beginRebase();
    parts.add(late[0]!);
    parts.cancelRebase();
    expect(getItemsMap(received(parts)).size).toBe(21);
  });
});
