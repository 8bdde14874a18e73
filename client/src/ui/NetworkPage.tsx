import { useCallback, useEffect, useState } from 'react';
import { archiveNetwork, getNetwork, updateNetwork, type Network } from '../api/networks';
import { useDocumentTitle } from '../app/use-document-title';
import { useT } from '../i18n/use-t';
import { ExportArchivePanel } from './ExportArchivePanel';
import { InvitesPanel } from './InvitesPanel';
import { LoadingPage, MessagePage } from './MessagePage';
import { NetworkForm } from './NetworkForm';
import { PageShell } from './PageShell';
import { PeoplePanel } from './PeoplePanel';
import { SessionsEditor } from './SessionsEditor';

/** `/n/:id` for facilitators: the network's details, its sessions, invite links and people. */
export function NetworkPage({ networkId }: { networkId: string }) {
  const t = useT();
  const [network, setNetwork] = useState<Network | null | 'missing'>(null);
  const [editing, setEditing] = useState(false);
  useDocumentTitle(network && network !== 'missing' ? network.title : t('dashboard.title'));

  const reload = useCallback(() => {
    getNetwork(networkId).then(setNetwork, () => setNetwork('missing'));
  }, [networkId]);
  useEffect(reload, [reload]);

  if (network === null) return <LoadingPage />;
  if (network === 'missing' || network.role !== 'facilitator')
    return <MessagePage message="network.notFound" />;
  const archived = network.archivedAt !== null;
  return (
    <PageShell>
      <main className="dashboard">
        <section className="panel card" aria-labelledby="network-title">
          <div className="dashboard-head">
            <div>
              <h1 id="network-title">{network.title}</h1>
              {network.theme && <p className="tagline-small">{network.theme}</p>}
            </div>
            {!editing && !archived && (
              <div className="form-actions">
                <button type="button" className="secondary-button" onClick={() => setEditing(true)}>
                  {t('network.edit')}
                </button>
                <button
                  type="button"
                  className="secondary-button"
                  onClick={() => {
                    if (window.confirm(t('network.archiveConfirm')))
                      void archiveNetwork(network.id).then(reload);
                  }}
                >
                  {t('network.archive')}
                </button>
              </div>
            )}
          </div>
          {archived && <p className="join-note">{t('network.archivedNote')}</p>}
          {network.description && !editing && <p className="lead">{network.description}</p>}
          {editing && (
            <NetworkForm
              initial={network}
              submitLabel={t('network.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (fields) => {
                await updateNetwork(network.id, fields);
                setEditing(false);
                reload();
              }}
            />
          )}
        </section>
        <SessionsEditor network={network} onChanged={reload} />
        {!archived && <InvitesPanel network={network} />}
        <PeoplePanel network={network} />
        <ExportArchivePanel network={network} />
      </main>
    </PageShell>
  );
}
