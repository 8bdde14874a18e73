import {
  defaultCarryPicks,
  INTL_LOCALES,
  readItems,
  readVoteRecords,
  setFollow,
  type CheckpointSummary,
  type Sticky,
} from '@werkplaats/shared';
import { useEffect, useId, useState } from 'react';
import { carryForward, createCheckpoint, listCheckpoints } from '../api/checkpoints';
import { ApiError } from '../api/http';
import { Link } from '../app/Link';
import { checkpointPath } from '../app/routes';
import { stopTimer } from '../commands/facilitation-actions';
import type { CommandContext } from '../commands/types';
import { useLocale, useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { localDate } from './dates';

/** The notes on offer, best first: ranked by the last revealed vote, then the rest in board order. */
function candidates(context: CommandContext): { note: Sticky; dots: number }[] {
  const { doc } = context.session;
  const notes = readItems(doc).items.filter((item): item is Sticky => item.type === 'sticky');
  const totals =
    readVoteRecords(doc)
      .filter((record) => record.totals !== undefined)
      .at(-1)?.totals ?? {};
  return notes.map((note) => ({ note, dots: totals[note.id] ?? 0 })).sort((a, b) => b.dots - a.dots);
}

/**
 * Closing a session: a checkpoint of the board under a name, and the notes to carry into the next
 * session's board (the top-voted ones ticked). The timer stops and follow ends with it.
 */
export function CloseSession({ context, title }: { context: CommandContext; title: string }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { session } = context;
  const boardId = session.options.boardId;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [offer, setOffer] = useState<{ note: Sticky; dots: number }[]>([]);
  const [busy, setBusy] = useState(false);
  const [checkpoints, setCheckpoints] = useState<CheckpointSummary[]>([]);

  useEffect(() => {
    listCheckpoints(boardId).then(setCheckpoints, () => setCheckpoints([]));
  }, [boardId]);

  const start = () => {
    setName(t('closing.defaultName', { title, date: localDate(new Date()) }));
    setOffer(candidates(context));
    setPicked(new Set(defaultCarryPicks(session.doc)));
    setOpen(true);
  };

  const close = async () => {
    const { showToast } = useBoardStore.getState();
    setBusy(true);
    try {
      const checkpoint = await createCheckpoint(boardId, name.trim() || title);
      setCheckpoints((list) => [...list, checkpoint]);
      // Best first, as offered: the next board lays them out in this order.
      const itemIds = offer.map(({ note }) => note.id).filter((noteId) => picked.has(noteId));
      if (itemIds.length > 0) await carryForward(boardId, itemIds);
      stopTimer(context);
      setFollow(session.doc, undefined, session.origin);
      showToast('closing.done', { name: checkpoint.name });
      if (itemIds.length > 0) showToast('closing.carried', { count: itemIds.length });
      setOpen(false);
    } catch (error) {
      showToast(
        error instanceof ApiError && error.code === 'no_next_session'
          ? 'closing.noNextSession'
          : 'closing.failed',
      );
    } finally {
      setBusy(false);
    }
  };

  const toggle = (noteId: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(noteId)) next.delete(noteId);
      else next.add(noteId);
      return next;
    });

  return (
    <>
      {checkpoints.length > 0 && (
        <>
          <h4 className="console-subtitle">{t('closing.checkpoints')}</h4>
          <ul className="checkpoint-links">
            {checkpoints.map((checkpoint) => (
              <li key={checkpoint.id}>
                <Link href={checkpointPath(boardId, checkpoint.id)}>{checkpoint.name}</Link>
                <span className="console-note">
                  {new Intl.DateTimeFormat(INTL_LOCALES[locale], {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }).format(checkpoint.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!open ? (
        <button type="button" className="secondary-button" onClick={start}>
          {t('closing.open')}
        </button>
      ) : (
        <form
          className="close-session-form"
          onSubmit={(event) => {
            event.preventDefault();
            void close();
          }}
        >
          <label htmlFor={`${id}-name`}>{t('closing.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={120}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <fieldset>
            <legend>{t('closing.carry')}</legend>
            {offer.length === 0 ? (
              <p className="console-note">{t('closing.noNotes')}</p>
            ) : (
              <>
                <p className="console-note">{t('closing.carryHint')}</p>
                <ul className="carry-list">
                  {offer.map(({ note, dots }) => (
                    <li key={note.id}>
                      <label>
                        <input
                          type="checkbox"
                          checked={picked.has(note.id)}
                          onChange={() => toggle(note.id)}
                        />
                        <span className="carry-text">{note.text || '…'}</span>
                        {dots > 0 && <span className="carry-dots">{t('closing.dots', { count: dots })}</span>}
                      </label>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="primary-button" disabled={busy}>
              {t('closing.confirm')}
            </button>
            <button type="button" className="secondary-button" onClick={() => setOpen(false)}>
              {t('closing.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
