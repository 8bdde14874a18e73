import type { MessageKey } from '@werkplaats/shared';
import { Link } from '../app/Link';
import { useDocumentTitle } from '../app/use-document-title';
import { useT } from '../i18n/use-t';
import { LogoMark } from './icons';
import { LanguageSwitch } from './LanguageSwitch';

/** A friendly dead end (unknown board, board that failed to load) with the way back home. */
export function MessagePage({ message }: { message: MessageKey }) {
  const t = useT();
  useDocumentTitle(t('app.name'));
  return (
    <div className="page page-dotted">
      <header className="page-header">
        <Link href="/" className="brand">
          <LogoMark />
          <span>{t('app.name')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main className="page-center">
        <div className="panel card message-card">
          <h1>{t(message)}</h1>
          <Link href="/" className="primary-button">
            {t('board.backHome')}
          </Link>
        </div>
      </main>
    </div>
  );
}

/** Shown for the moment it takes to look the board up. */
export function LoadingPage() {
  const t = useT();
  return (
    <div className="page page-dotted">
      <main className="page-center">
        <p className="loading">{t('board.loading')}</p>
      </main>
    </div>
  );
}
