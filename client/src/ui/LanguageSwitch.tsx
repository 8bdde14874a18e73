import { LOCALES } from '@werkplaats/shared';
import { LANGUAGE_NAMES } from '../i18n/locale';
import { setLocale, useLocale, useT } from '../i18n/use-t';

/** NL | EN, each named in its own language so people can find theirs. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          title={LANGUAGE_NAMES[option]}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {/* The short code is what people see; screen readers get the language's own name. */}
          <span aria-hidden="true">{option.toUpperCase()}</span>
          <span className="sr-only">{LANGUAGE_NAMES[option]}</span>
        </button>
      ))}
    </div>
  );
}
