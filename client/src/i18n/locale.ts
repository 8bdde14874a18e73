import { isLocale, type Locale } from '@werkplaats/shared';

export const LOCALE_STORAGE_KEY = 'werkplaats.locale';

/** Each language named in itself, so people find their own language whatever the page is in now. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/**
 * The interface language: an explicit `?lang=` wins (links in invitations), then the choice this
 * browser remembered, then the browser's own language — Dutch for any `nl*`, otherwise English.
 */
export function detectLocale(
  search: string,
  stored: string | null,
  browserLanguage: string | undefined,
): Locale {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (isLocale(fromQuery)) return fromQuery;
  if (isLocale(stored)) return stored;
  return browserLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
