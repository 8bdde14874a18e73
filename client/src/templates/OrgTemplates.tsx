import { useState, type FormEvent } from 'react';
import { exportTemplateUrl, type SavedTemplate } from '../api/templates';
import type { Translate } from '../i18n/use-t';
import type { Locale, Template } from '@werkplaats/shared';
import { TemplateCard } from './TemplateCard';

interface Props {
  templates: SavedTemplate[];
  locale: Locale;
  t: Translate;
  onInsert: (template: Template) => void;
  onRename: (id: string, name: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

function Manage({
  saved,
  t,
  onRename,
  onDelete,
}: { saved: SavedTemplate; t: Translate } & Pick<Props, 'onRename' | 'onDelete'>) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(saved.name);
  const inputId = `template-name-${saved.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void onRename(saved.id, name.trim()).then(() => setRenaming(false));
  };
  if (renaming) {
    return (
      <form className="template-card-actions" onSubmit={submit}>
        <label htmlFor={inputId} className="sr-only">
          {t('templates.newName')}
        </label>
        <input
          id={inputId}
          value={name}
          maxLength={120}
          required
          autoFocus
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="secondary-button">
          {t('templates.save')}
        </button>
        <button type="button" className="text-button" onClick={() => setRenaming(false)}>
          {t('templates.cancel')}
        </button>
      </form>
    );
  }
  return (
    <div className="template-card-actions">
      <button
        type="button"
        className="text-button"
        onClick={() => setRenaming(true)}
        aria-label={`${t('templates.rename')}: ${saved.name}`}
      >
        {t('templates.rename')}
      </button>
      <a
        className="text-button"
        href={exportTemplateUrl(saved.id)}
        download
        aria-label={`${t('templates.export')}: ${saved.name}`}
      >
        {t('templates.export')}
      </a>
      {confirming ? (
        <button type="button" className="text-button danger" onClick={() => void onDelete(saved.id)}>
          {t('templates.confirmDelete')}
        </button>
      ) : (
        <button
          type="button"
          className="text-button"
          onClick={() => setConfirming(true)}
          aria-label={`${t('templates.delete')}: ${saved.name}`}
        >
          {t('templates.delete')}
        </button>
      )}
    </div>
  );
}

/** The organisation's own templates, each insertable, renamable, exportable and deletable. */
export function OrgTemplates({ templates, locale, t, onInsert, onRename, onDelete }: Props) {
  if (templates.length === 0) return <p className="template-empty">{t('templates.orgEmpty')}</p>;
  return (
    <ul className="template-grid">
      {templates.map((saved) => (
        <TemplateCard
          key={saved.id}
          template={saved.template}
          locale={locale}
          insertLabel={t('templates.insert')}
          onInsert={() => onInsert(saved.template)}
        >
          <Manage saved={saved} t={t} onRename={onRename} onDelete={onDelete} />
        </TemplateCard>
      ))}
    </ul>
  );
}
