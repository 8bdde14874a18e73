import { useState, type FormEvent } from 'react';
import { createBoard } from '../api/boards';
import { boardPath, navigate } from '../app/router';
import { useDocumentTitle } from '../app/use-document-title';
import { useT } from '../i18n/use-t';
import { LogoMark } from './icons';
import { LanguageSwitch } from './LanguageSwitch';

/** The start page: what Werkplaats is, and a form that creates a board and opens it. */
export function HomePage() {
  const t = useT();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(t('app.name'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const board = await createBoard(title.trim());
      navigate(boardPath(board.id));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <div className="page page-dotted">
      <header className="page-header">
        <span className="brand">
          <LogoMark />
          <span>{t('app.name')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="home">
        <section className="hero">
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          <p className="lead">{t('home.lead')}</p>
        </section>
        <form className="panel card create-form" onSubmit={submit} aria-labelledby="create-heading">
          <h2 id="create-heading">{t('home.title')}</h2>
          <label htmlFor="board-title">{t('home.boardTitle')}</label>
          <input
            id="board-title"
            name="title"
            type="text"
            maxLength={120}
            autoComplete="off"
            placeholder={t('home.boardTitlePlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="primary-button" disabled={busy}>
            {busy ? t('home.creating') : t('home.create')}
          </button>
          {error && (
            <p className="form-error" role="alert">
              {t('home.createFailed', { reason: error })}
            </p>
          )}
        </form>
        <div className="home-art" aria-hidden="true">
          <span className="art-note art-yellow" />
          <span className="art-note art-blue" />
          <span className="art-note art-green" />
          <span className="art-note art-pink" />
        </div>
      </main>
    </div>
  );
}
