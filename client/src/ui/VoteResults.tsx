import { rankVoteTotals, type Item } from '@werkplaats/shared';
import { useId, useState } from 'react';
import { useVotes } from '../facilitation/use-votes';
import { useT, type Translate } from '../i18n/use-t';
import { useSession } from '../sync/session-context';
import { CloseIcon } from './icons';
import { COVERS_CANVAS } from '../canvas/covered-insets';

function labelOf(item: Item | undefined, t: Translate): string {
  if (!item) return t('vote.results.deleted');
  const text = 'text' in item && typeof item.text === 'string' ? item.text.trim() : '';
  return text ? (text.length > 80 ? `${text.slice(0, 79)}…` : text) : t('vote.results.untitled');
}

/** The ranked results of the current vote once revealed: a list with a bar per item. */
export function VoteResults() {
  const t = useT();
  const id = useId();
  const { index } = useSession();
  const { current } = useVotes();
  const [closed, setClosed] = useState<string | null>(null);
  if (!current || current.revealedAt === undefined || closed === current.id) return null;
  const ranked = rankVoteTotals(current);
  const most = ranked[0]?.dots ?? 1;
  return (
    <aside className="panel vote-results" aria-labelledby={`${id}-title`} {...COVERS_CANVAS}>
      <header className="console-header">
        <h2 id={`${id}-title`}>{t('vote.results.title', { title: current.title || t('vote.untitled') })}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('vote.results.close')}
          onClick={() => setClosed(current.id)}
        >
          <CloseIcon />
        </button>
      </header>
      <p className="console-note">{t('vote.results.voters', { count: current.voters ?? 0 })}</p>
      {ranked.length === 0 && <p className="console-note">{t('vote.results.none')}</p>}
      <ol className="vote-ranking">
        {ranked.map(({ itemId, dots, rank }) => (
          <li key={itemId} className="vote-rank">
            <span className="vote-rank-number">{rank}</span>
            <span className="vote-rank-label">{labelOf(index.getItem(itemId), t)}</span>
            <span className="vote-rank-bar" aria-hidden="true">
              <span style={{ width: `${Math.round((dots / most) * 100)}%` }} />
            </span>
            <span className="vote-rank-dots">{t('vote.results.dots', { count: dots })}</span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
