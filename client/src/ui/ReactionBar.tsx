import { REACTION_EMOJI, type ReactionEmoji } from '@werkplaats/shared';
import { toggleReaction } from '../api/comments';
import type { CommandContext } from '../commands/types';
import { useT } from '../i18n/use-t';
import { useItemFeedback } from '../sync/hooks';

/**
 * The quick reactions on an item: each emoji with how many people used it; pressed when this person
 * did. Observers see the counts without buttons.
 */
export function ReactionBar({ context, itemId }: { context: CommandContext; itemId: string }) {
  const t = useT();
  const { reactions } = useItemFeedback(itemId);
  const { session, store } = context;
  const mayReact = session.options.role !== 'observer';
  const toggle = (emoji: ReactionEmoji) =>
    toggleReaction(session.options.boardId, itemId, emoji).catch(() =>
      store.getState().showToast('comments.failed'),
    );
  return (
    <div className="reaction-bar" role="group" aria-label={t('reactions.label')}>
      {REACTION_EMOJI.map((emoji) => {
        const used = reactions.filter((reaction) => reaction.emoji === emoji);
        const mine = used.some((reaction) => reaction.userId === session.options.userId);
        const names = used.map((reaction) => reaction.userName).join(', ');
        const label = t('reactions.one', { emoji, count: used.length });
        // The name starts with what the button shows, so speech input ("click thumbs up 2") finds it.
        const content = (
          <>
            <span>{emoji}</span>
            {used.length > 0 && (
              <>
                {' '}
                <span className="reaction-count">{used.length}</span>
              </>
            )}
          </>
        );
        if (!mayReact) {
          return used.length > 0 ? (
            <span key={emoji} className="reaction" title={names} role="img" aria-label={label}>
              {content}
            </span>
          ) : null;
        }
        return (
          <button
            key={emoji}
            type="button"
            className="reaction"
            aria-label={label}
            aria-pressed={mine}
            title={names || undefined}
            onClick={() => void toggle(emoji)}
          >
            {content}
          </button>
        );
      })}
    </div>
  );
}
