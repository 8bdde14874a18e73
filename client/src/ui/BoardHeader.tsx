import type { ReactNode } from 'react';
import { Link } from '../app/Link';
import { useT } from '../i18n/use-t';
import { ConnectionIndicator } from './ConnectionIndicator';
import { EyeIcon, LogoMark } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { PresenceList } from './PresenceList';

/** The floating top bar: app and board name on the left, people, connection and language on the right. */
export function BoardHeader({
  title,
  readOnly,
  actions,
}: {
  title: string;
  readOnly: boolean;
  /** Controls for this person's role (the facilitator's console button). */
  actions?: ReactNode;
}) {
  const t = useT();
  return (
    <header className="board-header">
      <div className="panel board-identity">
        <Link href="/" className="brand">
          <LogoMark />
          <span>{t('app.name')}</span>
        </Link>
        <span className="divider" aria-hidden="true" />
        <h1 className="board-title">{title || t('board.untitled')}</h1>
        {readOnly && (
          <span className="badge">
            <EyeIcon />
            {t('board.readOnly')}
          </span>
        )}
      </div>
      <div className="panel board-status">
        {actions}
        <PresenceList />
        <ConnectionIndicator />
        <LanguageSwitch />
      </div>
    </header>
  );
}
