import { useEffect, useState } from 'react';
import type { Me } from '../api/auth';
import { getNetwork, type Network } from '../api/networks';
import { Link } from '../app/Link';
import { boardPath } from '../app/routes';
import { useDocumentTitle } from '../app/use-document-title';
import { adoptNetworkLanguage, useLocale, useT } from '../i18n/use-t';
import { formatDay, formatSessionTime, localDate } from './dates';
import { LoadingPage } from './MessagePage';
import { PageShell } from './PageShell';

/** Home for people who joined by invite: their networks, the sessions with dates, and today's way in. */
export function ParticipantHome({ me }: { me: Me }) {
  const t = useT();
  const locale = useLocale();
  const [networks, setNetworks] = useState<Network[] | null>(null);
  useDocumentTitle(t('participant.title'));

  useEffect(() => {
    const abort = new AbortController();
    Promise.all(me.memberships.map((m) => getNetwork(m.networkId, abort.signal))).then(
      (found) => {
        // Someone in one network sees it in its language; in several, the most recently started one's.
        const latest = found.toSorted((a, b) => b.startDate.localeCompare(a.startDate))[0];
        if (latest) adoptNetworkLanguage(latest.language);
        setNetworks(found);
      },
      () => {
        // Aborted, or the server is unreachable: the loading text stays until the next visit.
      },
    );
    return () => abort.abort();
  }, [me]);

  if (!networks) return <LoadingPage />;
  const today = localDate(new Date());
  return (
    <PageShell>
      <main className="dashboard">
        <h1>{t('participant.title')}</h1>
        {networks.map((network) => {
          const membership = me.memberships.find((m) => m.networkId === network.id);
          const todays = network.sessions.find((s) => s.date === today);
          return (
            <section key={network.id} className="panel card network-card" aria-labelledby={`n-${network.id}`}>
              <h2 id={`n-${network.id}`}>{network.title}</h2>
              {network.theme && <p className="tagline-small">{network.theme}</p>}
              {membership && <p className="muted">{t('participant.joinedAs', { name: membership.name })}</p>}
              {todays && (
                <Link href={boardPath(todays.boardId)} className="primary-button join-live">
                  {t('participant.joinLive', { session: todays.title })}
                </Link>
              )}
              <ol className="session-list">
                {network.sessions.map((session) => (
                  <li key={session.id} className={session.date === today ? 'is-today' : undefined}>
                    <span className="session-title">{session.title}</span>
                    <span className="muted">
                      {formatDay(locale, session.date)} ·{' '}
                      {formatSessionTime(locale, session.time, session.durationMinutes, network.timeZone)}
                    </span>
                    <Link href={boardPath(session.boardId)}>{t('participant.openBoard')}</Link>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </main>
    </PageShell>
  );
}
