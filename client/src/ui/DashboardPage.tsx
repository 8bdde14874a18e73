import { useCallback, useEffect, useState } from 'react';
import { inviteFacilitator, logout, type Facilitator } from '../api/auth';
import { boardThumbnailUrl } from '../api/boards';
import { createNetwork, listNetworks, type Network } from '../api/networks';
import { Link } from '../app/Link';
import { navigate } from '../app/router';
import { boardPath, networkPath } from '../app/routes';
import { useDocumentTitle } from '../app/use-document-title';
import { useLocale, useT } from '../i18n/use-t';
import { CopyButton } from './CopyButton';
import { formatDay, formatSessionTime } from './dates';
import { ImportPanel } from './ImportPanel';
import { Field, FormError } from './Field';
import { NetworkForm } from './NetworkForm';
import { PageShell } from './PageShell';
import { useSubmit } from './use-submit';

/** The facilitator's home: every learning network as a card with its sessions, and a way to start one. */
export function DashboardPage({
  facilitator,
  onLoggedOut,
}: {
  facilitator: Facilitator;
  onLoggedOut: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [networks, setNetworks] = useState<Network[] | null>(null);
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('dashboard.title'));

  const reload = useCallback(() => {
    listNetworks().then(setNetworks, () => setNetworks([]));
  }, []);
  useEffect(reload, [reload]);

  const signOut = async () => {
    await logout();
    onLoggedOut();
  };

  return (
    <PageShell
      actions={
        <>
          <span className="muted">{facilitator.name}</span>
          <button type="button" className="secondary-button" onClick={() => void signOut()}>
            {t('auth.logout')}
          </button>
        </>
      }
    >
      <main className="dashboard">
        <div className="dashboard-head">
          <h1>{t('dashboard.title')}</h1>
          {!creating && (
            <button type="button" className="primary-button" onClick={() => setCreating(true)}>
              {t('dashboard.newNetwork')}
            </button>
          )}
        </div>
        {creating && (
          <section className="panel card" aria-labelledby="new-network">
            <h2 id="new-network">{t('dashboard.newNetwork')}</h2>
            <p className="muted">{t('dashboard.newNetworkHint')}</p>
            <NetworkForm
              submitLabel={t('dashboard.create')}
              choosesProgramme
              onCancel={() => setCreating(false)}
              onSubmit={async (fields, programme) => {
                const network = await createNetwork({ ...fields, ...programme });
                navigate(networkPath(network.id));
              }}
            />
          </section>
        )}
        {networks?.length === 0 && !creating && <p className="empty">{t('dashboard.empty')}</p>}
        <div className="network-grid">
          {networks?.map((network) => (
            <section key={network.id} className="panel card network-card" aria-labelledby={`n-${network.id}`}>
              <h2 id={`n-${network.id}`}>
                <Link href={networkPath(network.id)}>{network.title}</Link>
              </h2>
              {network.theme && <p className="tagline-small">{network.theme}</p>}
              <p className="muted">
                {network.archivedAt !== null
                  ? t('network.archived')
                  : t('dashboard.seats', { count: network.participants, capacity: network.capacity })}
              </p>
              <ol className="session-list">
                {network.sessions.map((session) => (
                  <li key={session.id} className="session-entry">
                    {/* Decorative: the session title next to it is the accessible name. */}
                    <img
                      className="session-thumb"
                      src={boardThumbnailUrl(session.boardId)}
                      alt=""
                      width={160}
                      height={100}
                      loading="lazy"
                      decoding="async"
                    />
                    <div className="session-meta">
                      <Link href={boardPath(session.boardId)} className="session-title">
                        {session.title}
                      </Link>
                      <span className="muted">
                        {formatDay(locale, session.date)} ·{' '}
                        {formatSessionTime(locale, session.time, session.durationMinutes, network.timeZone)}
                      </span>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
        <ImportPanel />
        <InviteFacilitator />
      </main>
    </PageShell>
  );
}

/** A colleague gets a link to set their own password; the link is shown once, to copy and send. */
function InviteFacilitator() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit(
    async () => {
      const { path } = await inviteFacilitator(email);
      setLink(`${window.location.origin}${path}`);
      setEmail('');
    },
    () => t('dashboard.inviteFacilitatorFailed'),
  );
  return (
    <section className="panel card" aria-labelledby="invite-facilitator">
      <h2 id="invite-facilitator">{t('dashboard.inviteFacilitator')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <Field
          label={t('auth.email')}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('dashboard.inviteFacilitatorSubmit')}
        </button>
      </form>
      <FormError message={error} />
      {link && (
        <p className="invite-link">
          <code>{link}</code> <CopyButton text={link} />
        </p>
      )}
    </section>
  );
}
