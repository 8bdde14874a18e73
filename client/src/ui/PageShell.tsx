import type { ReactNode } from 'react';
import { Link } from '../app/Link';
import { useT } from '../i18n/use-t';
import { LogoMark } from './icons';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every page around the boards: brand (home), page actions, the language switch. */
export function PageShell({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const t = useT();
  return (
    <div className="page page-dotted">
      <header className="page-header">
        <Link href="/" className="brand">
          <LogoMark />
          <span>{t('app.name')}</span>
        </Link>
        <div className="page-actions">
          {actions}
          <LanguageSwitch />
        </div>
      </header>
      {children}
    </div>
  );
}
