import {
  getContainer,
  readComments,
  readReactions,
  type CommentRecord,
  type ReactionRecord,
} from '@werkplaats/shared';
import type * as Y from 'yjs';
import { Emitter } from '../lib/emitter';

/** What one item has received: its thread and its reactions, oldest first. */
export interface ItemFeedback {
  comments: readonly CommentRecord[];
  reactions: readonly ReactionRecord[];
}

const NONE: ItemFeedback = Object.freeze({ comments: [], reactions: [] });

/**
 * The board's comments and reactions grouped per item, re-read only when those containers change
 * (the server writes them; a person's drag or typing never touches them). An item's snapshot keeps
 * its identity until its own feedback changes, so its badge re-renders alone.
 */
export class FeedbackState {
  private byItem = new Map<string, ItemFeedback>();
  private readonly containers: Y.Map<unknown>[];
  private readonly changed = new Emitter();
  readonly subscribe = this.changed.subscribe;

  constructor(private readonly doc: Y.Doc) {
    this.containers = [getContainer(doc, 'comments'), getContainer(doc, 'reactions')];
    this.refresh();
    for (const container of this.containers) container.observe(this.refresh);
  }

  readonly get = (itemId: string): ItemFeedback => this.byItem.get(itemId) ?? NONE;
  /** Every item with comments or reactions; a new map only when some feedback changed. */
  readonly getItems = (): ReadonlyMap<string, ItemFeedback> => this.byItem;

  destroy(): void {
    for (const container of this.containers) container.unobserve(this.refresh);
  }

  private readonly refresh = (): void => {
    const next = new Map<string, { comments: CommentRecord[]; reactions: ReactionRecord[] }>();
    const entry = (itemId: string) => {
      let found = next.get(itemId);
      if (!found) next.set(itemId, (found = { comments: [], reactions: [] }));
      return found;
    };
    for (const comment of readComments(this.doc)) entry(comment.itemId).comments.push(comment);
    for (const reaction of readReactions(this.doc)) entry(reaction.itemId).reactions.push(reaction);
    const previous = this.byItem;
    this.byItem = new Map(
      [...next].map(([itemId, feedback]) => {
        const old = previous.get(itemId);
        return [itemId, old && sameFeedback(old, feedback) ? old : feedback];
      }),
    );
    this.changed.emit();
  };
}

function sameFeedback(a: ItemFeedback, b: ItemFeedback): boolean {
  const key = (f: ItemFeedback) =>
    JSON.stringify([f.comments.map((c) => c.id), f.reactions.map((r) => [r.emoji, r.userId])]);
  return key(a) === key(b);
}
