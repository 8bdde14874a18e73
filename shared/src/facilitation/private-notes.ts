import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { getContainer, getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { readItemMap } from '../doc/read.js';
import {
  buildItemRecord,
  createItems,
  writeItemMap,
  type Author,
  type NewItem,
} from '../ops/create-items.js';
import { InvalidItemError } from '../ops/errors.js';
import { replaceText } from '../ops/update-items.js';
import type { Sticky as StickyItem } from '../schema/sticky.js';
import { privateModeSchema, SESSION_KEYS, type PrivateModeState } from './session-state.js';

/**
 * The one top-level map of a private document. A top-level type, not a container inside a root map:
 * the server and the author each start the document, and two rival nested maps would drop one side.
 */
const NOTES_KEY = 'notes';

/** Private documents hold notes only; more than this per person and board is refused. */
export const MAX_PRIVATE_NOTES = 200;

/** How many private notes one person holds: what a facilitator may see before the reveal. */
export interface PrivateCount {
  userId: string;
  name: string;
  count: number;
}

export function privateNotesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(NOTES_KEY);
}

/** The readable notes of a private document; anything else it holds is ignored, never revealed. */
export function readPrivateNotes(doc: Y.Doc): StickyItem[] {
  const notes: StickyItem[] = [];
  for (const [id, map] of privateNotesMap(doc).entries()) {
    const result = readItemMap(id, map);
    if (result.ok && result.item.type === 'sticky') notes.push(result.item);
  }
  return notes.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Adds a note to the author's private document; the same validation as a note on the board. */
export function addPrivateNote(
  doc: Y.Doc,
  input: Omit<NewItem<'sticky'>, 'type'>,
  author: Author,
  origin: Origin,
): StickyItem {
  const notes = privateNotesMap(doc);
  if (notes.size >= MAX_PRIVATE_NOTES) throw new InvalidItemError('too many private notes');
  const record = buildItemRecord(
    { ...input, type: 'sticky' },
    generateKeyBetween(null, null),
    author,
    Date.now(),
  );
  if (notes.has(record.id)) throw new InvalidItemError(`item ${record.id} already exists`);
  doc.transact(() => notes.set(record.id, writeItemMap(record)), origin);
  return record as StickyItem;
}

/** Changes a private note's position, colour or text (the text edited in place, as on the board). */
export function updatePrivateNote(
  doc: Y.Doc,
  id: string,
  patch: Partial<Pick<StickyItem, 'x' | 'y' | 'color' | 'text'>>,
  origin: Origin,
): void {
  const map = privateNotesMap(doc).get(id);
  if (!(map instanceof Y.Map)) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'text') replaceText(map as Y.Map<unknown>, key, String(value));
      else if (value !== undefined) map.set(key, value);
    }
  }, origin);
}

export function deletePrivateNote(doc: Y.Doc, id: string, origin: Origin): void {
  doc.transact(() => privateNotesMap(doc).delete(id), origin);
}

/**
 * Takes out of a private document the notes that are on the board now (revealed); a note written
 * while the reveal was being stored stays private. Deletions, so a copy that was offline empties too.
 */
export function removeRevealedNotes(doc: Y.Doc, board: Y.Doc, origin: Origin): void {
  const notes = privateNotesMap(doc);
  const items = getItemsMap(board);
  const revealed = [...notes.keys()].filter((id) => items.has(id));
  if (revealed.length === 0) return;
  doc.transact(() => {
    for (const id of revealed) notes.delete(id);
  }, origin);
}

/** One person's private notes, as the server hands them to the reveal. */
export interface PrivateSource {
  author: Author;
  doc: Y.Doc;
}

/**
 * Copies every private note onto the board, on top, keeping its id. Anonymised copies name no one.
 * Notes already on the board (an earlier reveal that an offline copy brought back) are passed over.
 * Returns the ids written.
 */
export function revealPrivateNotes(
  board: Y.Doc,
  sources: readonly PrivateSource[],
  anonymous: boolean,
  origin: Origin,
): string[] {
  const items = getItemsMap(board);
  const written: string[] = [];
  for (const { author, doc } of sources) {
    const inputs: NewItem[] = readPrivateNotes(doc)
      .filter((note) => !items.has(note.id))
      .map(({ id, x, y, w, h, rotation, color, text, parentId }) => ({
        type: 'sticky',
        id,
        x,
        y,
        w,
        h,
        rotation,
        color,
        text,
        ...(parentId && items.has(parentId) ? { parentId } : {}),
        ...(anonymous ? { anonymous: true } : {}),
      }));
    if (inputs.length === 0) continue;
    const created = createItems(board, inputs, anonymous ? { userId: '', name: '' } : author, origin);
    written.push(...created.map((item) => item.id));
  }
  return written;
}

/** Switches private mode on with `state`, or off with undefined. Notes already private stay private. */
export function setPrivateMode(doc: Y.Doc, state: PrivateModeState | undefined, origin: Origin): void {
  doc.transact(() => {
    const session = getContainer(doc, 'session');
    if (!state) {
      session.delete(SESSION_KEYS.private);
      return;
    }
    const result = privateModeSchema.safeParse(state);
    if (!result.success) throw new InvalidItemError(result.error.message);
    session.set(SESSION_KEYS.private, result.data);
  }, origin);
}
