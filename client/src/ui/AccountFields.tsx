import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { Field } from './Field';

/** The minimum the server accepts; said up front so nobody meets it only as an error. */
export const MIN_PASSWORD_LENGTH = 10;

export function useAccountForm() {
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  return { values, set };
}

interface Props {
  form: ReturnType<typeof useAccountForm>;
  withName?: boolean;
  withEmail?: boolean;
  /** Choosing a password (setup, invitation) rather than entering one (login). */
  newPassword?: boolean;
}

/** Name, email and password fields with the right autocomplete hints for password managers. */
export function AccountFields({ form, withName, withEmail, newPassword }: Props) {
  const t = useT();
  return (
    <>
      {withName && (
        <Field
          label={t('auth.name')}
          type="text"
          autoComplete="name"
          required
          maxLength={80}
          value={form.values.name}
          onChange={(e) => form.set('name')(e.target.value)}
        />
      )}
      {withEmail && (
        <Field
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={form.values.email}
          onChange={(e) => form.set('email')(e.target.value)}
        />
      )}
      <Field
        label={t('auth.password')}
        type="password"
        autoComplete={newPassword ? 'new-password' : 'current-password'}
        required
        minLength={newPassword ? MIN_PASSWORD_LENGTH : undefined}
        hint={newPassword ? t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH }) : undefined}
        value={form.values.password}
        onChange={(e) => form.set('password')(e.target.value)}
      />
    </>
  );
}
