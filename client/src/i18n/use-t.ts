import { translate, type Locale, type MessageKey } from '@werkplaats/shared';
import { useCallback } from 'react';
import { create } from 'zustand';
import { readStored, writeStored } from '../lib/storage';
import { detectLocale, LOCALE_STORAGE_KEY } from './locale';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const useLocaleStore = create<{ locale: Locale }>(() => ({
  locale: detectLocale(window.location.search, readStored(LOCALE_STORAGE_KEY), navigator.language),
}));

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

export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, vars) => translate(locale, key, vars), [locale]);
}
