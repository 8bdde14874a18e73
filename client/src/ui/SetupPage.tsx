import { useEffect, useState } from 'react';
import { getSetupStatus, setupFacilitator } from '../api/auth';
import { Link } from '../app/Link';
import { navigate } from '../app/router';
import { useDocumentTitle } from '../app/use-document-title';
import { useT } from '../i18n/use-t';
import { AccountFields, useAccountForm } from './AccountFields';
import { FormError } from './Field';
import { PageShell } from './PageShell';
import { errorCode, useSubmit } from './use-submit';

/**
 * `/setup#token`: the one-time creation of the first facilitator, with the token from the link the
 * server printed at start. The token stays in the fragment, so it never reaches a log.
 */
export function SetupPage() {
  const t = useT();
  const [needed, setNeeded] = useState<boolean | null>(null);
  const form = useAccountForm();
  const token = window.location.hash.slice(1);
  useDocumentTitle(t('auth.setupTitle'));

  useEffect(() => {
    getSetupStatus().then(
      (status) => setNeeded(status.needed),
      () => setNeeded(true),
    );
  }, []);

  const { busy, error, submit } = useSubmit(
    async () => {
      await setupFacilitator({ token, ...form.values });
      navigate('/');
    },
    (failure) => {
      const code = errorCode(failure);
      if (code === 'setup_token_invalid') return t('auth.setupTokenInvalid');
      if (code === 'setup_done') return t('auth.setupDone');
      if (code === 'invalid_request') return t('auth.passwordTooShort');
      return t('auth.failed');
    },
  );

  return (
    <PageShell>
      <main className="page-center">
        {needed === false ? (
          <div className="panel card message-card">
            <h1>{t('auth.setupDone')}</h1>
            <Link href="/login" className="primary-button">
              {t('auth.loginSubmit')}
            </Link>
          </div>
        ) : (
          <form className="panel card account-form" onSubmit={submit}>
            <h1>{t('auth.setupTitle')}</h1>
            <p className="lead">{t('auth.setupLead')}</p>
            {!token && <p className="form-error">{t('auth.setupTokenMissing')}</p>}
            <AccountFields form={form} withName withEmail newPassword />
            <button type="submit" className="primary-button" disabled={busy || !token}>
              {t('auth.setupSubmit')}
            </button>
            <FormError message={error} />
          </form>
        )}
      </main>
    </PageShell>
  );
}
