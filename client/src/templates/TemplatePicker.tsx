import { LIBRARY_TEMPLATES, type Template } from '@werkplaats/shared';
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '../api/http';
import {
  createTemplate,
  deleteTemplate,
  importTemplate,
  listTemplates,
  renameTemplate,
  type SavedTemplate,
} from '../api/templates';
import type { CommandContext } from '../commands/types';
import { useLocale, useT } from '../i18n/use-t';
import { CloseIcon } from '../ui/icons';
import { insertTemplate } from './insert-template';
import { OrgTemplates } from './OrgTemplates';
import { setTemplatePickerOpen, useTemplatePicker } from './picker-store';
import { SaveTemplateForm } from './SaveTemplateForm';
import { matchesSearch, TemplateCard } from './TemplateCard';

/** The server's message for a refused template (it names the problem); a generic one otherwise. */
function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError && error.code === 'invalid_template' ? error.message : fallback;
}

/**
 * The template picker: the library for everyone who can edit, and for facilitators the organisation's
 * own templates with save, rename, delete, export and import. A native modal dialog, like help.
 */
export function TemplatePicker({ context }: { context: CommandContext }) {
  const t = useT();
  const locale = useLocale();
  const open = useTemplatePicker((state) => state.open);
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [saved, setSaved] = useState<SavedTemplate[]>([]);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const facilitator = context.session.options.role === 'facilitator';

  const reload = useCallback(async () => {
    if (!facilitator) return;
    try {
      setSaved(await listTemplates());
    } catch {
      setError(t('templates.loadFailed'));
    }
  }, [facilitator, t]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      setError('');
      void reload();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, reload]);

  const insert = (template: Template) => {
    insertTemplate(context, template, locale);
    setTemplatePickerOpen(false);
  };
  const run = async (action: () => Promise<unknown>, fallback: string, done: string) => {
    setError('');
    setStatus('');
    try {
      await action();
      await reload();
      setStatus(done);
    } catch (failure) {
      setError(messageOf(failure, fallback));
    }
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setError(t('templates.importNotJson'));
      return;
    }
    await run(() => importTemplate(json), t('templates.importFailed'), t('templates.imported'));
  };

  const library = LIBRARY_TEMPLATES.filter((template) => matchesSearch(template, locale, query));
  const own = saved.filter((entry) => matchesSearch(entry.template, locale, query));
  const canInsert = !context.session.readOnly;
  return (
    <dialog
      ref={ref}
      className="panel template-dialog"
      aria-labelledby="template-dialog-title"
      onClose={() => setTemplatePickerOpen(false)}
      onClick={(event) => {
        if (event.target === ref.current) setTemplatePickerOpen(false);
      }}
    >
      {open && (
        <>
          <header className="template-dialog-header">
            <h2 id="template-dialog-title">{t('templates.title')}</h2>
            <input
              type="search"
              className="template-search"
              aria-label={t('templates.search')}
              placeholder={t('templates.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('templates.close')}
              onClick={() => setTemplatePickerOpen(false)}
            >
              <CloseIcon />
            </button>
          </header>
          <div
            className="template-dialog-body"
            tabIndex={0}
            role="region"
            aria-labelledby="template-dialog-title"
          >
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <p className="sr-only" role="status">
              {status}
            </p>
            <section aria-labelledby="template-library-title">
              <h3 id="template-library-title">{t('templates.library')}</h3>
              {library.length === 0 && <p className="template-empty">{t('templates.noMatch')}</p>}
              <ul className="template-grid">
                {library.map((template) => (
                  <TemplateCard
                    key={template.id}
                    template={template}
                    locale={locale}
                    insertLabel={t('templates.insert')}
                    onInsert={canInsert ? () => insert(template) : undefined}
                  />
                ))}
              </ul>
            </section>
            {facilitator && (
              <section aria-labelledby="template-org-title">
                <div className="template-section-header">
                  <h3 id="template-org-title">{t('templates.organisation')}</h3>
                  <label className="secondary-button template-import">
                    {t('templates.import')}
                    <input
                      type="file"
                      accept="application/json,.json"
                      className="sr-only"
                      onChange={(e) => void importFile(e)}
                    />
                  </label>
                </div>
                <OrgTemplates
                  templates={own}
                  locale={locale}
                  t={t}
                  onInsert={insert}
                  onRename={(id, name) =>
                    run(() => renameTemplate(id, name), t('templates.saveFailed'), t('templates.renamed'))
                  }
                  onDelete={(id) =>
                    run(() => deleteTemplate(id), t('templates.saveFailed'), t('templates.deleted'))
                  }
                />
                <SaveTemplateForm
                  context={context}
                  t={t}
                  onSave={(template) =>
                    run(() => createTemplate(template), t('templates.saveFailed'), t('templates.saved'))
                  }
                />
              </section>
            )}
          </div>
        </>
      )}
    </dialog>
  );
}
