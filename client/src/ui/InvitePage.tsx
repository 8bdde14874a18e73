import { MAX_DISPLAY_NAME_LENGTH, normalizeDisplayName, type MessageKey } from '@werkplaats/shared';
import { useEffect, useState } from 'react';
import { acceptInvite, getInvitePreview, type InvitePreview } from '../api/invites';
import { navigate } from '../app/router';
import { useDocumentTitle } from '../app/use-document-title';
import { useT } from '../i18n/use-t';
import { Field, FormError } from './Field';
import { LoadingPage, MessagePage } from './MessagePage';
import { PageShell } from './PageShell';
import { errorCode, useSubmit } from './use-submit';

/** Each way a link can stop working has its own, plain explanation. */
const REFUSALS: Record<string, MessageKey> = {
  invite_expired: 'invite.expired',
  invite_revoked: 'invite.revoked',
  invite_used_up: 'invite.usedUp',
  invite_full: 'invite.full',
  too_many_attempts: 'auth.tooManyAttempts',
};

const refusalFor = (code: string): MessageKey => REFUSALS[code] ?? 'invite.unavailable';

/** `/i/:token`: what the link leads to, then a name (and organisation) to join with. No account needed. */
export function InvitePage({ token }: { token: string }) {
  const t = useT();
  const [preview, setPreview] = useState<InvitePreview | { refused: MessageKey } | null>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');

  useEffect(() => {
    getInvitePreview(token).then(
      (found) => {
        setPreview(found);
        setName(found.member?.name ?? '');
        setOrganisation(found.member?.organisation ?? '');
      },
      (error: unknown) => setPreview({ refused: refusalFor(errorCode(error)) }),
    );
  }, [token]);

  const title = preview && 'network' in preview ? preview.network.title : '';
  useDocumentTitle(title ? t('join.title', { board: title }) : t('app.name'));

  const { busy, error, submit } = useSubmit(
    async () => {
      const normalized = normalizeDisplayName(name);
      if (!normalized) throw new Error('name');
      await acceptInvite(token, { name: normalized, organisation: organisation.trim() || undefined });
      navigate('/');
    },
    (failure) => {
      if (failure instanceof Error && failure.message === 'name') return t('join.nameRequired');
      const code = errorCode(failure);
      return code in REFUSALS ? t(refusalFor(code)) : t('auth.failed');
    },
  );

  if (!preview) return <LoadingPage />;
  if ('refused' in preview) return <MessagePage message={preview.refused} />;
  const { network, role, commentOnly } = preview;
  return (
    <PageShell>
      <main className="page-center">
        <form className="panel card account-form" onSubmit={submit} noValidate>
          <p className="eyebrow">{t('invite.eyebrow')}</p>
          <h1>{t('join.title', { board: network.title })}</h1>
          {network.theme && <p className="tagline-small">{network.theme}</p>}
          {network.description && <p className="lead">{network.description}</p>}
          <p className="join-note">
            {t(`invite.role.${role}`)}
            {commentOnly && ` ${t('invite.commentOnlyNote')}`}
          </p>
          <Field
            label={t('join.nameLabel')}
            type="text"
            autoComplete="name"
            maxLength={MAX_DISPLAY_NAME_LENGTH}
            placeholder={t('join.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Field
            label={t('invite.organisation')}
            type="text"
            autoComplete="organization"
            maxLength={120}
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          />
          <button type="submit" className="primary-button" disabled={busy}>
            {t('invite.submit')}
          </button>
          <FormError message={error} />
        </form>
      </main>
    </PageShell>
  );
}
