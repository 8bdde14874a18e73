import { localize, type Locale, type Template } from '@werkplaats/shared';
import { useId, type ReactNode } from 'react';
import { TemplatePreview } from './TemplatePreview';

interface Props {
  template: Template;
  locale: Locale;
  /** Inserts the template; absent for people who cannot edit the board. */
  onInsert?: () => void;
  insertLabel: string;
  children?: ReactNode;
}

/** One template: its thumbnail and name as the insert button, with management actions below. */
export function TemplateCard({ template, locale, onInsert, insertLabel, children }: Props) {
  const name = localize(template.name, locale);
  const description = localize(template.description, locale);
  const descriptionId = useId();
  return (
    <li className="template-card">
      <button
        type="button"
        className="template-card-insert"
        onClick={onInsert}
        disabled={!onInsert}
        aria-describedby={description ? descriptionId : undefined}
      >
        <TemplatePreview template={template} />
        <span className="template-card-name">
          <span className="sr-only">{insertLabel}: </span>
          {name}
        </span>
      </button>
      {description && (
        <p id={descriptionId} className="template-card-description">
          {description}
        </p>
      )}
      {children}
    </li>
  );
}

/** Whether a template's name or description in `locale` contains the search words. */
export function matchesSearch(template: Template, locale: Locale, query: string): boolean {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  const haystack =
    `${localize(template.name, locale)} ${localize(template.description, locale)}`.toLocaleLowerCase(locale);
  return words.every((word) => haystack.includes(word));
}
