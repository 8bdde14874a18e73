import { readItems, templateFromItems, type TemplateScope } from '@werkplaats/shared';
import { useState, type FormEvent } from 'react';
import { selectedItems } from '../commands/selection-actions';
import type { CommandContext } from '../commands/types';
import type { Translate } from '../i18n/use-t';

interface Props {
  context: CommandContext;
  t: Translate;
  /** Stores the template; rejects with a message to show when the server refuses it. */
  onSave: (template: ReturnType<typeof templateFromItems>) => Promise<void>;
}

/** "Save as template": the selection (a frame with its contents) or the whole board, under a name. */
export function SaveTemplateForm({ context, t, onSave }: Props) {
  const hasSelection = context.store((state) => state.selectedIds.length > 0);
  const [scope, setScope] = useState<TemplateScope>(hasSelection ? 'frame' : 'session');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const items = scope === 'frame' ? selectedItems(context) : readItems(context.session.doc).items;
    if (items.length === 0 || !name.trim()) return;
    setBusy(true);
    try {
      await onSave(templateFromItems(items, { id: 'new', name: name.trim(), description: '', scope }));
      setName('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="template-save"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="template-save-title"
    >
      <h3 id="template-save-title">{t('templates.saveTitle')}</h3>
      <fieldset>
        <legend className="sr-only">{t('templates.saveWhat')}</legend>
        <label>
          <input
            type="radio"
            name="template-scope"
            checked={scope === 'frame'}
            disabled={!hasSelection}
            onChange={() => setScope('frame')}
          />
          {t('templates.saveSelection')}
        </label>
        <label>
          <input
            type="radio"
            name="template-scope"
            checked={scope === 'session'}
            onChange={() => setScope('session')}
          />
          {t('templates.saveBoard')}
        </label>
      </fieldset>
      <div className="template-save-row">
        <label htmlFor="template-save-name" className="sr-only">
          {t('templates.name')}
        </label>
        <input
          id="template-save-name"
          value={name}
          maxLength={120}
          required
          placeholder={t('templates.name')}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="primary-button"
          disabled={busy || (scope === 'frame' && !hasSelection)}
        >
          {t('templates.save')}
        </button>
      </div>
    </form>
  );
}
