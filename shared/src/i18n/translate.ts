import { en, type MessageKey } from './en.js';
import { nl } from './nl.js';

export type Locale = 'nl' | 'en';

export const LOCALES: readonly Locale[] = ['nl', 'en'];

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, nl };

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = CATALOGUES[locale][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : match,
  );
}

export type { MessageKey };
