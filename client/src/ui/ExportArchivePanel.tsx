import { useState } from 'react';
import { downloadNetworkArchive } from '../api/exports';
import type { Network } from '../api/networks';
import { useT } from '../i18n/use-t';
import { Field, FormError } from './Field';

type Status =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | { kind: 'downloading'; fraction: number }
  | { kind: 'done' }
  | { kind: 'failed' };

/** The network page's "Export archive": the attendance certificates need, then the ZIP with progress. */
export function ExportArchivePanel({ network }: { network: Network }) {
  const t = useT();
  const sessions = network.sessions.length;
  const [attendance, setAttendance] = useState(Math.max(1, sessions - 1));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'preparing' || status.kind === 'downloading';

  const run = async () => {
    try {
      await downloadNetworkArchive(network.id, attendance, (progress) =>
        setStatus(
          progress.phase === 'preparing'
            ? { kind: 'preparing' }
            : { kind: 'downloading', fraction: progress.fraction },
        ),
      );
      setStatus({ kind: 'done' });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <section className="panel card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.network.title')}</h2>
      <p className="muted">{t('export.network.hint')}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Field
          label={t('export.network.attendance')}
          hint={t('export.network.attendanceHint')}
          type="number"
          min={1}
          max={Math.max(1, sessions)}
          required
          value={attendance}
          onChange={(e) => setAttendance(Math.max(1, Number(e.target.value) || 1))}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('export.network.button')}
        </button>
      </form>
      <div aria-live="polite" className="export-status">
        {busy && (
          <>
            <label htmlFor="export-progress">
              {t(status.kind === 'preparing' ? 'export.network.preparing' : 'export.network.downloading')}
            </label>
            <progress
              id="export-progress"
              max={1}
              value={status.kind === 'downloading' ? status.fraction : undefined}
            />
          </>
        )}
        {status.kind === 'done' && <p>{t('export.network.done')}</p>}
      </div>
      <FormError message={status.kind === 'failed' ? t('export.network.failed') : null} />
    </section>
  );
}
