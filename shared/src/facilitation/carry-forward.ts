import * as Y from 'yjs';
import { getItemsMap } from '../doc/board-doc.js';
import type { Origin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { cloneItems } from '../ops/clone-items.js';
import { createItems, type Author, type NewItem } from '../ops/create-items.js';
import type { Item } from '../schema/registry.js';
import { rankVoteTotals, readVoteRecords } from './vote-record.js';

/** How many notes "carry forward" offers by default: the podium of the last vote. */
export const DEFAULT_CARRY_COUNT = 3;
/** Gap between the board's content and the new frame, and between the notes inside it. */
const GAP = 120;
const PADDING = 40;
const COLUMNS = 4;

/** Items that can be carried: what people wrote, not the template's structure or drawings. */
export function isCarriable(item: Item): boolean {
  return item.type === 'sticky' || item.type === 'text' || item.type === 'shape' || item.type === 'image';
}

/**
 * What the facilitator is offered by default: the top-voted carriable items of the most recent revealed
 * vote, best first (ties as `rankVoteTotals` orders them). Empty when no vote was revealed.
 */
export function defaultCarryPicks(doc: Y.Doc, count = DEFAULT_CARRY_COUNT): string[] {
  const revealed = readVoteRecords(doc).filter((record) => record.totals !== undefined);
  const latest = revealed.at(-1);
  if (!latest) return [];
  const items = new Map(readItems(doc).items.map((item) => [item.id, item]));
  return rankVoteTotals(latest)
    .filter((entry) => {
      const item = items.get(entry.itemId);
      return item !== undefined && isCarriable(item);
    })
    .slice(0, count)
    .map((entry) => entry.itemId);
}

export interface CarryForwardArgs {
  /** The items to copy, as read from the source board. */
  items: readonly Item[];
  sourceBoardId: string;
  /** Title of the frame the copies land in (e.g. "Carried forward from week 3"). */
  frameTitle: string;
}

/**
 * Copies `items` into `doc` (the next session's board) in one transaction: a new frame to the right of
 * everything on the board, the copies laid out in a grid inside it, each remembering where it came from
 * in `origin`. The copies are unlocked and created by `author` (the facilitator who carried them); notes
 * keep their text, colour and the name of the person who wrote them. Returns the new frame's id and the copies' ids.
 */
export function carryForward(
  doc: Y.Doc,
  { items, sourceBoardId, frameTitle }: CarryForwardArgs,
  author: Author,
  origin: Origin,
): { frameId: string; itemIds: string[] } {
  const carried = items.filter(isCarriable);
  const existing = readItems(doc).items;
  const right = existing.reduce((max, item) => Math.max(max, item.x + item.w), 0);
  const top = existing.reduce((min, item) => Math.min(min, item.y), existing.length > 0 ? Infinity : 0);
  const cell = carried.reduce(
    (size, item) => ({ w: Math.max(size.w, item.w), h: Math.max(size.h, item.h) }),
    { w: 200, h: 200 },
  );
  const columns = Math.max(1, Math.min(COLUMNS, carried.length));
  const rows = Math.max(1, Math.ceil(carried.length / COLUMNS));
  const frame = {
    x: right + GAP,
    y: top,
    w: PADDING * 2 + columns * cell.w + (columns - 1) * PADDING,
    h: PADDING * 2 + rows * cell.h + (rows - 1) * PADDING,
  };
  const copies = cloneItems(carried, { x: 0, y: 0 }).map((copy, index): NewItem => {
    const source = carried[index]!;
    return {
      ...copy,
      x: frame.x + PADDING + (index % COLUMNS) * (cell.w + PADDING),
      y: frame.y + PADDING + Math.floor(index / COLUMNS) * (cell.h + PADDING),
      origin: { boardId: sourceBoardId, itemId: source.id },
    } as NewItem;
  });
  let result = { frameId: '', itemIds: [] as string[] };
  doc.transact(() => {
    const [created] = createItems(doc, [{ type: 'frame', title: frameTitle, ...frame }], author, origin);
    const notes = createItems(
      doc,
      copies.map((copy) => ({ ...copy, parentId: created!.id }) as NewItem),
      author,
      origin,
    );
    // A carried note still credits the person who wrote it, not the facilitator who carried it.
    notes.forEach((note, index) => {
      const source = carried[index]!;
      const map = getItemsMap(doc).get(note.id);
      if (source.type === 'sticky' && map instanceof Y.Map) map.set('authorName', source.authorName);
    });
    result = { frameId: created!.id, itemIds: notes.map((note) => note.id) };
  }, origin);
  return result;
}
