import { readSessionState, voteIsOpen, type VoteParticipation } from '@werkplaats/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { closeVote, fetchVoteParticipation, revealVote, startVote } from '../api/votes';
import type { CommandContext } from '../commands/types';
import { useServerNow } from '../facilitation/use-facilitation';
import { useVotes } from '../facilitation/use-votes';
import { DEFAULT_BUDGET, reportVoteError } from '../facilitation/vote-actions';
import { useT } from '../i18n/use-t';
import { Field } from './Field';

/** How often the facilitator's participation counts are refreshed while a vote is open. */
const PARTICIPATION_MS = 3000;

function useParticipation(boardId: string, voteId: string | undefined): VoteParticipation | null {
  const [participation, setParticipation] = useState<VoteParticipation | null>(null);
  useEffect(() => {
    if (!voteId) return;
    let live = true;
    const load = () =>
      fetchVoteParticipation(boardId).then(
        (result) => live && setParticipation(result),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), PARTICIPATION_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [boardId, voteId]);
  // Counts of an earlier vote are never shown for the next one.
  return participation?.voteId === voteId ? participation : null;
}

/** The facilitator's vote controls: start a vote (frame, budget, dots per item, end), close, reveal. */
export function VoteConsoleSection({ context }: { context: CommandContext }) {
  const t = useT();
  const id = useId();
  const { session } = context;
  const { boardId } = session.options;
  const { current } = useVotes();
  const now = useServerNow(current?.endsAt !== undefined && current.closedAt === undefined, 1000);
  const open = current !== undefined && voteIsOpen(current, now);
  const participation = useParticipation(boardId, open ? current.id : undefined);
  const [title, setTitle] = useState('');
  const [budget, setBudget] = useState(String(DEFAULT_BUDGET));
  const [perItem, setPerItem] = useState('1');
  const [frameId, setFrameId] = useState(() => {
    const { steps, current: step } = readSessionState(session.doc);
    return steps.find((candidate) => candidate.id === step?.stepId)?.frameId ?? '';
  });
  const [minutes, setMinutes] = useState('');
  const frames = session.index
    .getOrder()
    .map((itemId) => session.index.getItem(itemId))
    .filter((item) => item?.type === 'frame');
  const fail = (error: unknown) => reportVoteError(context, error);

  const start = (event: FormEvent) => {
    event.preventDefault();
    const endMinutes = Number(minutes);
    startVote(boardId, {
      title: title.trim(),
      budget: Math.max(1, Math.min(100, Math.round(Number(budget)) || DEFAULT_BUDGET)),
      maxPerItem: Math.max(1, Math.min(100, Math.round(Number(perItem)) || 1)),
      ...(frameId && session.index.getItem(frameId) ? { frameId } : {}),
      ...(minutes && endMinutes > 0 ? { endsAt: Math.round(session.clock.now() + endMinutes * 60_000) } : {}),
    }).catch(fail);
  };

  return (
    <section className="console-section" aria-labelledby={`${id}-vote`}>
      <h3 id={`${id}-vote`}>{t('vote.console.label')}</h3>
      {open ? (
        <>
          <p className="console-note">
            {t('vote.console.running', { title: current.title || t('vote.untitled') })}
          </p>
          <ul className="vote-participation" aria-label={t('vote.console.participation')}>
            {participation?.people.map((person) => (
              <li key={person.userId}>
                <span>{person.name}</span>
                <span>{t('vote.console.used', { used: person.used, left: person.left })}</span>
              </li>
            ))}
          </ul>
          <div className="console-buttons">
            <button
              type="button"
              className="secondary-button"
              onClick={() => closeVote(boardId, current.id).catch(fail)}
            >
              {t('vote.console.close')}
            </button>
            <button
              type="button"
              className="primary-button"
              onClick={() => revealVote(boardId, current.id).catch(fail)}
            >
              {t('vote.console.reveal')}
            </button>
          </div>
        </>
      ) : (
        <>
          {current && current.revealedAt === undefined && (
            <div className="console-buttons">
              <p className="console-note">{t('vote.panel.closed')}</p>
              <button
                type="button"
                className="primary-button"
                onClick={() => revealVote(boardId, current.id).catch(fail)}
              >
                {t('vote.console.reveal')}
              </button>
            </div>
          )}
          <form className="step-form" aria-label={t('vote.console.form')} onSubmit={start}>
            <label htmlFor={`${id}-title`}>{t('vote.console.title')}</label>
            <input
              id={`${id}-title`}
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
            <div className="step-form-row vote-form-row">
              <Field
                label={t('vote.console.budget')}
                type="number"
                min={1}
                max={100}
                value={budget}
                onChange={(e) => setBudget(e.target.value)}
              />
              <Field
                label={t('vote.console.perItem')}
                type="number"
                min={1}
                max={100}
                value={perItem}
                onChange={(e) => setPerItem(e.target.value)}
              />
              <Field
                label={t('vote.console.minutes')}
                type="number"
                min={1}
                max={600}
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
            </div>
            <label htmlFor={`${id}-frame`}>{t('vote.console.scope')}</label>
            <select id={`${id}-frame`} value={frameId} onChange={(e) => setFrameId(e.target.value)}>
              <option value="">{t('vote.console.wholeBoard')}</option>
              {frames.map((frame) =>
                frame?.type === 'frame' ? (
                  <option key={frame.id} value={frame.id}>
                    {frame.title || t('board.untitled')}
                  </option>
                ) : null,
              )}
            </select>
            <div className="step-form-actions">
              <button type="submit" className="primary-button">
                {t('vote.start')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
