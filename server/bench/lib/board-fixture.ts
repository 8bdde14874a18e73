import type * as Y from 'yjs';
import {
  createBoardDoc,
  createItems,
  createLocalOrigin,
  STICKY_COLOR_NAMES,
  type NewItem,
} from '@werkplaats/shared';

const AUTHOR = { userId: 'benchauthor', name: 'Bench' };
const WORDS = ['idee', 'vraag', 'actie', 'inzicht', 'knelpunt', 'kans', 'afspraak', 'voorbeeld'];

/** A realistic note: a few words of text, on a grid, in one of a few colours. */
function note(i: number): NewItem<'sticky'> {
  return {
    type: 'sticky',
    x: (i % 100) * 220,
    y: Math.floor(i / 100) * 220,
    text: `${WORDS[i % WORDS.length]} ${i}: ${'wat we hebben geleerd '.repeat(1 + (i % 3)).trim()}`,
    color: STICKY_COLOR_NAMES[i % STICKY_COLOR_NAMES.length]!,
  };
}

/**
 * A board of `notes` sticky notes written with shared's `createItems`, as the updates that built it
 * (one per batch, as a facilitator pasting notes would send), plus the document itself.
 */
export function buildBoard(notes: number, batch = 100): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = createBoardDoc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const origin = createLocalOrigin(AUTHOR.userId);
  for (let start = 0; start < notes; start += batch) {
    const inputs = Array.from({ length: Math.min(batch, notes - start) }, (_, i) => note(start + i));
    createItems(doc, inputs, AUTHOR, origin);
  }
  return { doc, updates };
}
