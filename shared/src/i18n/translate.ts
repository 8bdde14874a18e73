import i18next, { type i18n } from 'i18next';
import { en, type MessageKey } from './en.js';
import { nl } from './nl.js';

export type Locale = 'nl' | 'en';

export const LOCALES: readonly Locale[] = ['nl', 'en'];

/** The locale behind each interface language, for dates, times and numbers. */
export const INTL_LOCALES: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/**
 * One i18next instance for client and server, initialised synchronously from the bundled catalogues.
 * Keys are flat (`toolbar.undo`), so i18next's key and namespace separators are off; placeholders keep
 * the catalogues' `{name}` form; values are inserted as text, never as markup (React escapes them).
 */
function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, nl: { translation: nl } },
    lng: 'en',
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    interpolation: { prefix: '{', suffix: '}', escapeValue: false, skipOnVariables: true },
  });
  return instance;
}

const instance = createI18n();
const fixed = { nl: instance.getFixedT('nl'), en: instance.getFixedT('en') };

/** The message for `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  return fixed[locale](key, vars ?? {}) as string;
}

export type { MessageKey };
