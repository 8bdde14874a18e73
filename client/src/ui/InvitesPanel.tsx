import QRCode from 'qrcode';
import { useCallback, useEffect, useState } from 'react';
import { createInvite, listInvites, revokeInvite, type Invite, type InviteRole } from '../api/invites';
import type { Network } from '../api/networks';
import { useT } from '../i18n/use-t';
import { CopyButton } from './CopyButton';
import { FormError } from './Field';
import { useSubmit } from './use-submit';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Invite links: made here, shown once with a copy button and a QR code, listed with their status. */
export function InvitesPanel({ network }: { network: Network }) {
  const t = useT();
  const [invites, setInvites] = useState<Invite[]>([]);
  const [role, setRole] = useState<InviteRole>('participant');
  const [commentOnly, setCommentOnly] = useState(false);
  const [days, setDays] = useState('');
  const [maxUses, setMaxUses] = useState('');
  const [created, setCreated] = useState<{ link: string; qr: string } | null>(null);

  const reload = useCallback(() => {
    listInvites(network.id).then(setInvites, () => undefined);
  }, [network.id]);
  useEffect(reload, [reload]);

  const { busy, error, submit } = useSubmit(
    async () => {
      const invite = await createInvite(network.id, {
        role,
        commentOnly: role === 'expert' && commentOnly,
        expiresAt: days ? Date.now() + Number(days) * DAY_MS : null,
        maxUses: maxUses ? Number(maxUses) : null,
      });
      const link = `${window.location.origin}${invite.path}`;
      setCreated({ link, qr: await QRCode.toDataURL(link, { margin: 1, width: 200 }) });
      reload();
    },
    () => t('invite.createFailed'),
  );

  return (
    <section className="panel card" aria-labelledby="invites-heading">
      <h2 id="invites-heading">{t('invite.heading')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="invite-role">{t('invite.roleLabel')}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as InviteRole)}>
            <option value="participant">{t('role.participant')}</option>
            <option value="expert">{t('role.expert')}</option>
            <option value="observer">{t('role.observer')}</option>
          </select>
        </div>
        {role === 'expert' && (
          <label className="checkbox">
            <input type="checkbox" checked={commentOnly} onChange={(e) => setCommentOnly(e.target.checked)} />
            {t('invite.commentOnly')}
          </label>
        )}
        <div className="field">
          <label htmlFor="invite-days">{t('invite.expiresInDays')}</label>
          <input
            id="invite-days"
            type="number"
            min={1}
            max={365}
            value={days}
            placeholder="—"
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="invite-uses">{t('invite.maxUses')}</label>
          <input
            id="invite-uses"
            type="number"
            min={1}
            max={1000}
            value={maxUses}
            placeholder="—"
            onChange={(e) => setMaxUses(e.target.value)}
          />
        </div>
        <button type="submit" className="primary-button" disabled={busy}>
          {t('invite.create')}
        </button>
      </form>
      <FormError message={error} />
      {created && (
        <div className="new-invite" role="status">
          <p>{t('invite.createdNote')}</p>
          <p className="invite-link">
            <code data-testid="invite-link">{created.link}</code> <CopyButton text={created.link} />
          </p>
          <img src={created.qr} width={200} height={200} alt={t('invite.qrAlt')} />
        </div>
      )}
      {invites.length > 0 && (
        <table className="data-table">
          <caption className="sr-only">{t('invite.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invite.roleLabel')}</th>
              <th scope="col">{t('invite.uses')}</th>
              <th scope="col">{t('invite.status')}</th>
              <th scope="col">
                <span className="sr-only">{t('invite.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invites.map((invite) => (
              <tr key={invite.id}>
                <td>
                  {t(`role.${invite.role}`)}
                  {invite.commentOnly && ` (${t('invite.commentOnlyShort')})`}
                </td>
                <td>{invite.maxUses === null ? invite.uses : `${invite.uses} / ${invite.maxUses}`}</td>
                <td>{t(`invite.status.${invite.status}`)}</td>
                <td>
                  {invite.status !== 'revoked' && (
                    <button
                      type="button"
                      className="secondary-button danger"
                      onClick={() => {
                        if (window.confirm(t('invite.revokeConfirm')))
                          void revokeInvite(network.id, invite.id).then(reload);
                      }}
                    >
                      {t('invite.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
