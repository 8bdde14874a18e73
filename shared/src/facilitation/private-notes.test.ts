import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc } from '../doc/board-doc.js';
import { createLocalOrigin, systemOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { createItem } from '../ops/create-items.js';
import { InvalidItemError } from '../ops/errors.js';
import {
  addPrivateNote,
  MAX_PRIVATE_NOTES,
  readPrivateNotes,
  removeRevealedNotes,
  revealPrivateNotes,
  setPrivateMode,
  updatePrivateNote,
} from './private-notes.js';
import { readSessionState } from './session-state.js';

const ann = { userId: 'ann', name: 'Ann' };
const ben = { userId: 'ben', name: 'Ben' };
const origin = createLocalOrigin('ann');
const reveal = systemOrigin('reveal');

describe('private notes', () => {
  it('are written to the private document only, and read back validated', () => {
    const privateDoc = new Y.Doc();
    const note = addPrivateNote(privateDoc, { x: 10, y: 20, text: 'idea' }, ann, origin);
    updatePrivateNote(privateDoc, note.id, { x: 50, text: 'an idea' }, origin);
    expect(readPrivateNotes(privateDoc)).toEqual([
      expect.objectContaining({ id: note.id, x: 50, text: 'an idea' }),
    ]);
  });

  it('refuse more than the limit', () => {
    const privateDoc = new Y.Doc();
    for (let i = 0; i < MAX_PRIVATE_NOTES; i++) addPrivateNote(privateDoc, { x: i, y: 0 }, ann, origin);
    expect(() => addPrivateNote(privateDoc, { x: 0, y: 0 }, ann, origin)).toThrow(InvalidItemError);
  });

  it('are revealed onto the board with their ids, anonymised or named, then taken out', () => {
    const board = createBoardDoc();
    const frame = createItem(board, { type: 'frame', x: 0, y: 0, w: 800, h: 600 }, ann, origin);
    const annDoc = new Y.Doc();
    const benDoc = new Y.Doc();
    const a = addPrivateNote(annDoc, { x: 10, y: 10, text: 'from ann', parentId: frame.id }, ann, origin);
    const b = addPrivateNote(benDoc, { x: 300, y: 10, text: 'from ben', parentId: 'gone' }, ben, origin);
    const sources = [
      { author: ann, doc: annDoc },
      { author: ben, doc: benDoc },
    ];

    expect(revealPrivateNotes(board, sources, true, reveal)).toEqual([a.id, b.id]);
    const stickies = readItems(board).items.filter((item) => item.type === 'sticky');
    expect(stickies).toEqual([
      expect.objectContaining({
        id: a.id,
        text: 'from ann',
        createdBy: '',
        authorName: '',
        anonymous: true,
        parentId: frame.id,
      }),
      expect.objectContaining({
        id: b.id,
        text: 'from ben',
        createdBy: '',
        authorName: '',
      }),
    ]);
    expect(stickies[1]).not.toHaveProperty('parentId');
    // A second reveal of the same notes (an offline copy brought them back) adds nothing.
    expect(revealPrivateNotes(board, sources, false, reveal)).toEqual([]);

    const late = addPrivateNote(annDoc, { x: 0, y: 0, text: 'written during the reveal' }, ann, origin);
    removeRevealedNotes(annDoc, board, reveal);
    expect(readPrivateNotes(annDoc).map((note) => note.id)).toEqual([late.id]);
  });

  it('keep the author when the reveal is not anonymised', () => {
    const board = createBoardDoc();
    const annDoc = new Y.Doc();
    addPrivateNote(annDoc, { x: 0, y: 0, text: 'mine' }, ann, origin);
    revealPrivateNotes(board, [{ author: ann, doc: annDoc }], false, reveal);
    expect(readItems(board).items).toEqual([
      expect.objectContaining({ createdBy: 'ann', authorName: 'Ann' }),
    ]);
  });

  it('switch private mode on and off in the session state', () => {
    const board = createBoardDoc();
    setPrivateMode(board, { frameId: 'f1', anonymous: true, since: 5 }, origin);
    expect(readSessionState(board).private).toEqual({ frameId: 'f1', anonymous: true, since: 5 });
    expect(() => setPrivateMode(board, { anonymous: true, since: -1 }, origin)).toThrow(InvalidItemError);
    setPrivateMode(board, undefined, origin);
    expect(readSessionState(board).private).toBeUndefined();
  });
});
