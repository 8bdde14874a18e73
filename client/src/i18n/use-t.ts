import { isLocale, translate, type Locale, type MessageKey } from '@werkplaats/shared';
import { useCallback } from 'react';
import { create } from 'zustand';
import { readStored, writeStored } from '../lib/storage';
import { detectLocale, LOCALE_STORAGE_KEY } from './locale';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const useLocaleStore = create<{ locale: Locale }>(() => ({
  locale: detectLocale(window.location.search, readStored(LOCALE_STORAGE_KEY), navigator.language),
}));

// A link that names a language (`?lang=en` in an invitation) is a choice made for this person: it
// must outlive the navigation away from that link, or the network's default would take over.
const linkLocale = new URLSearchParams(window.location.search).get('lang');
if (isLocale(linkLocale)) writeStored(LOCALE_STORAGE_KEY, linkLocale);

export function useLocale(): Locale {
  return useLocaleStore((state) => state.locale);
}

/** Switches the interface language and remembers the choice on this device. */
export function setLocale(locale: Locale): void {
  writeStored(LOCALE_STORAGE_KEY, locale);
  useLocaleStore.setState({ locale });
}

/** Keeps `<html lang>` in step with the interface language, for screen readers and hyphenation. */
export function syncDocumentLanguage(): () => void {
  document.documentElement.lang = useLocaleStore.getState().locale;
  return useLocaleStore.subscribe(({ locale }) => {
    document.documentElement.lang = locale;
  });
}

/**
 * Follows the language of the network being opened, unless this person chose a language on this
 * device or the link they followed named one: the choice of a person beats the network's default.
 */
export function adoptNetworkLanguage(locale: Locale): void {
  if (!isLocale(readStored(LOCALE_STORAGE_KEY))) useLocaleStore.setState({ locale });
}

export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, vars) => translate(locale, key, vars), [locale]);
}
