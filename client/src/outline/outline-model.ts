import { itemsInsideFrame, STICKY_SIZE, type FrameItem, type Item, type Sticky } from '@werkplaats/shared';

/** One frame of the outline with its notes, or (frame null) the notes outside every frame. */
export interface OutlineSection {
  frame: FrameItem | null;
  noteIds: string[];
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Boxes in the order people read a board: row by row from the top, left to right within a row. A box
 * joins a row when its top lies within half the height of the row's first box, so notes placed by hand
 * a few pixels apart still read as one row.
 */
export function readingOrder<T extends Box>(boxes: readonly T[]): T[] {
  const byTop = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: T[][] = [];
  for (const box of byTop) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && box.y < first.y + first.h / 2) row.push(box);
    else rows.push([box]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

/**
 * The board as an outline: its frames in reading order, each with the notes lying inside it (a note
 * in nested frames belongs to the smallest), then the notes outside any frame.
 */
export function buildOutline(items: readonly Item[]): OutlineSection[] {
  const frames = readingOrder(items.filter((item): item is FrameItem => item.type === 'frame'));
  const notes = items.filter((item): item is Sticky => item.type === 'sticky');
  const owner = new Map<string, FrameItem>();
  const bySize = [...frames].sort((a, b) => b.w * b.h - a.w * a.h);
  // Larger frames first, so a smaller frame inside one takes its notes over.
  for (const frame of bySize) for (const id of itemsInsideFrame(frame, notes)) owner.set(id, frame);
  const notesOf = (frame: FrameItem | null) =>
    readingOrder(notes.filter((note) => (owner.get(note.id) ?? null) === frame)).map((note) => note.id);
  const sections: OutlineSection[] = frames.map((frame) => ({ frame, noteIds: notesOf(frame) }));
  const loose = notesOf(null);
  return loose.length > 0 || frames.length === 0 ? [...sections, { frame: null, noteIds: loose }] : sections;
}

const GAP = 24;

/**
 * Where a new note goes in `frame`: the first free place on a grid of note-sized cells, left to right
 * and top to bottom, so it does not cover a note already there. When the frame is
 * full it goes just below the frame's last row.
 */
export function freeSpotInFrame(frame: FrameItem, taken: readonly Box[]): { x: number; y: number } {
  const columns = Math.max(1, Math.floor((frame.w - GAP) / (STICKY_SIZE + GAP)));
  const overlaps = (x: number, y: number) =>
    taken.some(
      (box) => x < box.x + box.w && box.x < x + STICKY_SIZE && y < box.y + box.h && box.y < y + STICKY_SIZE,
    );
  for (let cell = 0; cell < 500; cell++) {
    const x = frame.x + GAP + (cell % columns) * (STICKY_SIZE + GAP);
    const y = frame.y + GAP + Math.floor(cell / columns) * (STICKY_SIZE + GAP);
    if (!overlaps(x, y)) return { x, y };
  }
  return { x: frame.x + GAP, y: frame.y + frame.h + GAP };
}

/** Where a new note outside frames goes: centred on `centre`, moved right until it covers nothing. */
export function freeSpotNear(
  centre: { x: number; y: number },
  taken: readonly Box[],
): { x: number; y: number } {
  const y = Math.round(centre.y - STICKY_SIZE / 2);
  let x = Math.round(centre.x - STICKY_SIZE / 2);
  for (let tries = 0; tries < 200 && taken.some((box) => overlapsNote(x, y, box)); tries++)
    x += STICKY_SIZE + GAP;
  return { x, y };
}

function overlapsNote(x: number, y: number, box: Box): boolean {
  return x < box.x + box.w && box.x < x + STICKY_SIZE && y < box.y + box.h && box.y < y + STICKY_SIZE;
}
