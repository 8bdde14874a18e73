import { useId, useState } from 'react';
import { importFile } from '../api/exports';
import { ApiError } from '../api/http';
import { navigate } from '../app/router';
import { boardPath, networkPath } from '../app/routes';
import { useT } from '../i18n/use-t';
import { FormError } from './Field';

/** The dashboard's import: a `network.json` or a board file becomes a new network or board. */
export function ImportPanel() {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const imported = await importFile(file);
      navigate(imported.kind === 'network' ? networkPath(imported.id) : boardPath(imported.id));
    } catch (failure) {
      const reason = failure instanceof ApiError ? failure.message : String(failure);
      setError(t('export.import.failed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('export.import.title')}</h2>
      <p className="muted">{t('export.import.hint')}</p>
      <div className="field">
        <label htmlFor={id}>{t('export.import.file')}</label>
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
      {busy && <p aria-live="polite">{t('export.import.busy')}</p>}
      <FormError message={error} />
    </section>
  );
}
