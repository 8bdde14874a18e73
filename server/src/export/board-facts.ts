import {
  itemBounds,
  itemText,
  rankVoteTotals,
  rectContains,
  type BoardContent,
  type FrameItem,
  type Item,
  type Sticky,
} from '@werkplaats/shared';

/** Facts about one board that several exports need, worked out once. */
export interface BoardFacts {
  content: BoardContent;
  /** Frames not inside another frame, in reading order: steps by their order, then top to bottom. */
  topFrames: FrameItem[];
  notes: Sticky[];
  /** Dots each item received over every revealed vote. */
  dots: Map<string, number>;
  /** The frames an item lies wholly inside, outermost first. */
  framesOf: (item: Item) => FrameItem[];
  textOf: (itemId: string) => string;
}

function area(frame: FrameItem): number {
  return frame.w * frame.h;
}

/** Frames that are steps come first in their order; the rest read like a page, rows then columns. */
export function readingOrder(a: FrameItem, b: FrameItem): number {
  if (a.step && b.step) return a.step.order - b.step.order || a.id.localeCompare(b.id);
  if (a.step || b.step) return a.step ? -1 : 1;
  return a.y - b.y || a.x - b.x || a.id.localeCompare(b.id);
}

export function boardFacts(content: BoardContent): BoardFacts {
  const frames = content.items.filter((item): item is FrameItem => item.type === 'frame');
  const byId = new Map(content.items.map((item) => [item.id, item]));
  const framesOf = (item: Item): FrameItem[] => {
    const bounds = itemBounds(item);
    return frames
      .filter((frame) => frame.id !== item.id && rectContains(itemBounds(frame), bounds))
      .sort((a, b) => area(b) - area(a) || a.id.localeCompare(b.id));
  };
  const dots = new Map<string, number>();
  for (const vote of content.votes) {
    for (const { itemId, dots: count } of rankVoteTotals(vote)) {
      dots.set(itemId, (dots.get(itemId) ?? 0) + count);
    }
  }
  return {
    content,
    topFrames: frames.filter((frame) => framesOf(frame).length === 0).sort(readingOrder),
    notes: content.items.filter((item): item is Sticky => item.type === 'sticky'),
    dots,
    framesOf,
    textOf: (itemId) => {
      const item = byId.get(itemId);
      return item ? (itemText(item) ?? '') : '';
    },
  };
}

/** What an export shows as a note's author: nobody when the note was revealed anonymously. */
export function authorOf(note: Sticky): string {
  return note.anonymous ? 'anonymous' : note.authorName;
}

/** A timestamp in ISO 8601, UTC: unambiguous in any spreadsheet locale. */
export function isoTime(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}
