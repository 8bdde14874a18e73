import { STICKY_COLOR_NAMES, type NewItem } from '@werkplaats/shared';

const WORDS = ['idee', 'vraag', 'actie', 'inzicht', 'knelpunt', 'kans', 'afspraak', 'voorbeeld'];
const KINDS = ['rectangle', 'ellipse', 'diamond'] as const;
/** Items per frame: a workshop board is frames full of notes. */
const PER_FRAME = 50;

/**
 * A board of `count` items as a session ends up: frames of 50 items each, mostly sticky notes with a
 * few words, some shapes, text blocks and connectors between neighbouring notes. Ids are given so the
 * connectors can name their ends.
 */
export function mixedItems(count: number): NewItem[] {
  const items: NewItem[] = [];
  let frame = 0;
  while (items.length < count) {
    const left = (frame % 10) * 1_700;
    const top = Math.floor(frame / 10) * 1_500;
    items.push({
      id: `f${frame}`,
      type: 'frame',
      x: left,
      y: top,
      w: 1_600,
      h: 1_400,
      title: `Frame ${frame + 1}`,
    });
    for (let i = 1; i < PER_FRAME && items.length < count; i++) {
      const id = `i${frame}-${i}`;
      const x = left + 40 + ((i - 1) % 7) * 220;
      const y = top + 60 + Math.floor((i - 1) / 7) * 190;
      const word = WORDS[(frame + i) % WORDS.length]!;
      if (i % 10 === 3) {
        items.push({ id, type: 'shape', kind: KINDS[i % 3]!, x, y, w: 180, h: 120, text: word });
      } else if (i % 10 === 6) {
        items.push({ id, type: 'text', x, y, w: 200, h: 60, text: `${word} ${i}`, fontSize: 24 });
      } else if (i % 10 === 9 && i > 2) {
        items.push({
          id,
          type: 'connector',
          x,
          y,
          w: 10,
          h: 10,
          start: { kind: 'item', itemId: `i${frame}-${i - 1}`, anchor: 'auto' },
          end: { kind: 'item', itemId: `i${frame}-${i - 2}`, anchor: 'auto' },
        });
      } else {
        items.push({
          id,
          type: 'sticky',
          x,
          y,
          w: 170,
          h: 170,
          text: `${word} ${frame}.${i}: wat we hebben geleerd`,
          color: STICKY_COLOR_NAMES[i % STICKY_COLOR_NAMES.length]!,
        });
      }
    }
    frame++;
  }
  return items.slice(0, count);
}
