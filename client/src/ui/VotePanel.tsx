import { voteIsOpen } from '@werkplaats/shared';
import { useServerNow } from '../facilitation/use-facilitation';
import { useVotes } from '../facilitation/use-votes';
import { useT } from '../i18n/use-t';
import { useSession } from '../sync/session-context';

/**
 * The vote bar everyone sees while a vote runs: what is voted on and, for those who vote, how many of
 * their dots are left and a "done" switch that gives clicks back to selecting.
 */
export function VotePanel() {
  const t = useT();
  const session = useSession();
  const { current, ballot, done } = useVotes();
  const now = useServerNow(current?.endsAt !== undefined && current.closedAt === undefined, 1000);
  if (!current || current.revealedAt !== undefined) return null;
  const open = voteIsOpen(current, now);
  const title = current.title || t('vote.untitled');
  const left = ballot?.left ?? current.budget;
  return (
    <section className="vote-panel" aria-label={t('vote.panel.label')}>
      <p className="vote-panel-title">{t('vote.panel.title', { title })}</p>
      {!open && <p className="vote-panel-state">{t('vote.panel.closed')}</p>}
      {open && !session.readOnly && (
        <>
          <p className="vote-panel-left" role="status" data-testid="dots-left">
            {t('vote.panel.left', { left, budget: current.budget })}
          </p>
          <button
            type="button"
            className={done ? 'secondary-button' : 'primary-button'}
            aria-pressed={done}
            onClick={() => session.votes.setDone(!done)}
          >
            {t(done ? 'vote.panel.again' : 'vote.panel.done')}
          </button>
          <p className="vote-panel-hint">{t(done ? 'vote.panel.doneHint' : 'vote.panel.hint')}</p>
        </>
      )}
    </section>
  );
}
