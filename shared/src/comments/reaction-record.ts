import type * as Y from 'yjs';
import { z } from 'zod';
import { getContainer } from '../doc/board-doc.js';

/** The quick reactions on offer: a short fixed set, so a bar of buttons can show them all. */
export const REACTION_EMOJI = ['👍', '❤️', '🎉', '💡', '❓'] as const;

export type ReactionEmoji = (typeof REACTION_EMOJI)[number];

/**
 * One person's reaction with one emoji on one item, in the `reactions` container under
 * `reactionKey(...)`. Keyed per person, so toggling is setting or deleting one key and two people
 * reacting at once never overwrite each other. Only the server writes it.
 */
export const reactionRecordSchema = z.object({
  itemId: z.string().min(1).max(64),
  emoji: z.enum(REACTION_EMOJI),
  userId: z.string().min(1).max(64),
  userName: z.string().max(120),
  at: z.number().int().nonnegative(),
});

export type ReactionRecord = z.infer<typeof reactionRecordSchema>;

/** What a person sends to toggle a reaction. */
export const toggleReactionBodySchema = z.object({
  itemId: z.string().min(1).max(64),
  emoji: z.enum(REACTION_EMOJI),
});

export function reactionKey(itemId: string, emoji: ReactionEmoji, userId: string): string {
  return `${itemId}|${emoji}|${userId}`;
}

/** The reactions on one item, per emoji in the bar's order: how many, who, and whether `userId` is among them. */
export interface ReactionSummary {
  emoji: ReactionEmoji;
  count: number;
  names: string[];
  mine: boolean;
}

/** Every valid reaction of a board. */
export function readReactions(doc: Y.Doc): ReactionRecord[] {
  const records: ReactionRecord[] = [];
  for (const value of getContainer(doc, 'reactions').values()) {
    const parsed = reactionRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
  }
  return records.sort((a, b) => a.at - b.at || a.userId.localeCompare(b.userId));
}

/** The reactions on `itemId`, one entry per emoji that anyone used. */
export function summarizeReactions(doc: Y.Doc, itemId: string, userId: string): ReactionSummary[] {
  const onItem = readReactions(doc).filter((reaction) => reaction.itemId === itemId);
  return REACTION_EMOJI.flatMap((emoji) => {
    const used = onItem.filter((reaction) => reaction.emoji === emoji);
    if (used.length === 0) return [];
    return [
      {
        emoji,
        count: used.length,
        names: used.map((reaction) => reaction.userName),
        mine: used.some((reaction) => reaction.userId === userId),
      },
    ];
  });
}
