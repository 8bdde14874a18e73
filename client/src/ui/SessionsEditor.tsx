import { useState } from 'react';
import {
  addSession,
  deleteSession,
  reorderSessions,
  updateSession,
  type Network,
  type Session,
  type SessionFields,
} from '../api/networks';
import { Link } from '../app/Link';
import { boardPath } from '../app/routes';
import { useT } from '../i18n/use-t';
import { addDays } from './dates';
import { Field, FormError } from './Field';
import { useSubmit } from './use-submit';

/** The network's meetings: each editable in place, movable up and down, removable; new ones a week on. */
export function SessionsEditor({ network, onChanged }: { network: Network; onChanged: () => void }) {
  const t = useT();
  const { sessions } = network;
  const { error, submit } = useSubmit(
    async () => {
      const last = sessions.at(-1);
      await addSession(network.id, {
        title: `Week ${sessions.length + 1}`,
        date: last ? addDays(last.date, 7) : network.startDate,
        time: last?.time ?? '10:00',
        durationMinutes: last?.durationMinutes ?? 120,
      });
      onChanged();
    },
    () => t('network.saveFailed'),
  );
  const move = async (index: number, by: -1 | 1) => {
    const ids = sessions.map((s) => s.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    await reorderSessions(network.id, ids);
    onChanged();
  };

  return (
    <section className="panel card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('network.sessions')}</h2>
      <ol className="session-editor">
        {sessions.map((session, index) => (
          <SessionRow
            key={`${session.id}-${session.position}`}
            networkId={network.id}
            session={session}
            onChanged={onChanged}
            onMove={(by) => void move(index, by)}
            first={index === 0}
            last={index === sessions.length - 1}
          />
        ))}
      </ol>
      <button type="button" className="secondary-button" onClick={() => void submit()}>
        {t('network.addSession')}
      </button>
      <FormError message={error} />
    </section>
  );
}

interface RowProps {
  networkId: string;
  session: Session;
  onChanged: () => void;
  onMove: (by: -1 | 1) => void;
  first: boolean;
  last: boolean;
}

function SessionRow({ networkId, session, onChanged, onMove, first, last }: RowProps) {
  const t = useT();
  const [fields, setFields] = useState<SessionFields>(session);
  const dirty = (['title', 'date', 'time', 'durationMinutes'] as const).some(
    (key) => fields[key] !== session[key],
  );
  const { busy, error, submit } = useSubmit(
    async () => {
      await updateSession(networkId, session.id, fields);
      onChanged();
    },
    () => t('network.saveFailed'),
  );
  const set = <K extends keyof SessionFields>(key: K, value: SessionFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  return (
    <li className="session-row">
      <form onSubmit={submit} aria-label={session.title}>
        <Field
          label={t('network.sessionTitle')}
          type="text"
          required
          maxLength={120}
          value={fields.title}
          onChange={(e) => set('title', e.target.value)}
        />
        <Field
          label={t('network.sessionDate')}
          type="date"
          required
          value={fields.date}
          onChange={(e) => set('date', e.target.value)}
        />
        <Field
          label={t('network.sessionTime')}
          type="time"
          required
          value={fields.time}
          onChange={(e) => set('time', e.target.value)}
        />
        <Field
          label={t('network.sessionDuration')}
          type="number"
          min={15}
          max={720}
          step={15}
          required
          value={fields.durationMinutes}
          onChange={(e) => set('durationMinutes', Number(e.target.value))}
        />
        <div className="form-actions">
          {dirty && (
            <button type="submit" className="primary-button" disabled={busy}>
              {t('network.save')}
            </button>
          )}
          <Link href={boardPath(session.boardId)}>{t('network.openBoard')}</Link>
          <button
            type="button"
            className="secondary-button"
            disabled={first}
            onClick={() => onMove(-1)}
            aria-label={t('network.moveUp', { session: session.title })}
          >
            ↑
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={last}
            onClick={() => onMove(1)}
            aria-label={t('network.moveDown', { session: session.title })}
          >
            ↓
          </button>
          <button
            type="button"
            className="secondary-button danger"
            onClick={() => {
              if (window.confirm(t('network.deleteSessionConfirm', { session: session.title }))) {
                void deleteSession(networkId, session.id).then(onChanged);
              }
            }}
          >
            {t('network.deleteSession')}
          </button>
        </div>
        <FormError message={error} />
      </form>
    </li>
  );
}
