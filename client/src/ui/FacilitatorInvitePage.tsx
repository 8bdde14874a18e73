import { useEffect, useState } from 'react';
import { acceptFacilitatorInvite, getFacilitatorInvite } from '../api/auth';
import { navigate } from '../app/router';
import { useDocumentTitle } from '../app/use-document-title';
import { useT } from '../i18n/use-t';
import { AccountFields, useAccountForm } from './AccountFields';
import { FormError } from './Field';
import { LoadingPage, MessagePage } from './MessagePage';
import { PageShell } from './PageShell';
import { errorCode, useSubmit } from './use-submit';

/** `/f/:token`: a colleague invited as facilitator chooses a name and password. */
export function FacilitatorInvitePage({ token }: { token: string }) {
  const t = useT();
  const form = useAccountForm();
  const [invite, setInvite] = useState<{ email: string } | 'invalid' | null>(null);
  useDocumentTitle(t('auth.facilitatorInviteTitle'));

  useEffect(() => {
    getFacilitatorInvite(token).then(setInvite, () => setInvite('invalid'));
  }, [token]);

  const { busy, error, submit } = useSubmit(
    async () => {
      await acceptFacilitatorInvite(token, { name: form.values.name, password: form.values.password });
      navigate('/');
    },
    (failure) => (errorCode(failure) === 'invalid_request' ? t('auth.passwordTooShort') : t('auth.failed')),
  );

  if (invite === null) return <LoadingPage />;
  if (invite === 'invalid') return <MessagePage message="invite.unavailable" />;
  return (
    <PageShell>
      <main className="page-center">
        <form className="panel card account-form" onSubmit={submit}>
          <h1>{t('auth.facilitatorInviteTitle')}</h1>
          <p className="lead">{t('auth.facilitatorInviteLead', { email: invite.email })}</p>
          <AccountFields form={form} withName newPassword />
          <button type="submit" className="primary-button" disabled={busy}>
            {t('auth.setupSubmit')}
          </button>
          <FormError message={error} />
        </form>
      </main>
    </PageShell>
  );
}
