import { MAX_DISPLAY_NAME_LENGTH, normalizeDisplayName, type Role } from '@werkplaats/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { LogoMark } from './icons';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  boardTitle: string;
  role: Role;
  onJoin: (name: string) => void;
}

/** Asks for the name others will see, as a modal dialog over an empty board. */
export function JoinDialog({ boardTitle, role, onJoin }: Props) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    inputRef.current?.focus();
    return () => dialog.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeDisplayName(name);
    if (!normalized) {
      setError(true);
      inputRef.current?.focus();
      return;
    }
    onJoin(normalized);
  };

  return (
    <div className="page page-dotted">
      <header className="page-header">
        <span className="brand">
          <LogoMark />
          <span>{t('app.name')}</span>
        </span>
      </header>
      <main>
        <dialog
          ref={dialogRef}
          className="panel card join-dialog"
          aria-labelledby={titleId}
          // A name is needed to join; Esc must not leave the dialog with nothing behind it.
          onCancel={(event) => event.preventDefault()}
        >
          <div className="dialog-corner">
            <LanguageSwitch />
          </div>
          <form onSubmit={submit} noValidate>
            <h1 id={titleId}>{t('join.title', { board: boardTitle || t('board.untitled') })}</h1>
            {role === 'observer' && <p className="join-note">{t('join.observerNote')}</p>}
            <label htmlFor="join-name">{t('join.nameLabel')}</label>
            <input
              ref={inputRef}
              id="join-name"
              name="name"
              type="text"
              autoComplete="nickname"
              maxLength={MAX_DISPLAY_NAME_LENGTH}
              placeholder={t('join.namePlaceholder')}
              value={name}
              aria-invalid={error || undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setName(event.target.value);
                setError(false);
              }}
            />
            {error && (
              <p id={errorId} className="form-error" role="alert">
                {t('join.nameRequired')}
              </p>
            )}
            <button type="submit" className="primary-button">
              {t('join.submit')}
            </button>
          </form>
        </dialog>
      </main>
    </div>
  );
}
