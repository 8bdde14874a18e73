import { login } from '../api/auth';
import { navigate } from '../app/router';
import { useDocumentTitle } from '../app/use-document-title';
import { useT } from '../i18n/use-t';
import { AccountFields, useAccountForm } from './AccountFields';
import { FormError } from './Field';
import { PageShell } from './PageShell';
import { errorCode, useSubmit } from './use-submit';

/** Facilitators log in here; participants never need to, their invitation link is their way in. */
export function LoginPage({ onLoggedIn }: { onLoggedIn?: () => void }) {
  const t = useT();
  const form = useAccountForm();
  useDocumentTitle(t('auth.loginTitle'));
  const { busy, error, submit } = useSubmit(
    async () => {
      await login({ email: form.values.email, password: form.values.password });
      if (onLoggedIn) onLoggedIn();
      else navigate('/');
    },
    (failure) => {
      const code = errorCode(failure);
      if (code === 'login_failed' || code === 'invalid_request') return t('auth.loginFailed');
      if (code === 'too_many_attempts') return t('auth.tooManyAttempts');
      return t('auth.failed');
    },
  );

  return (
    <PageShell>
      <main className="home">
        <section className="hero">
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          <p className="lead">{t('auth.loginLead')}</p>
        </section>
        <form className="panel card create-form" onSubmit={submit} aria-labelledby="login-heading">
          <h2 id="login-heading">{t('auth.loginTitle')}</h2>
          <AccountFields form={form} withEmail />
          <button type="submit" className="primary-button" disabled={busy}>
            {t('auth.loginSubmit')}
          </button>
          <FormError message={error} />
        </form>
        <div className="home-art" aria-hidden="true">
          <span className="art-note art-yellow" />
          <span className="art-note art-blue" />
          <span className="art-note art-green" />
          <span className="art-note art-pink" />
        </div>
      </main>
    </PageShell>
  );
}
