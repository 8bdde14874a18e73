import { useState } from 'react';
import { DEFAULT_TIME_ZONE, isLocale, LOCALES } from '@werkplaats/shared';
import type { NetworkFields } from '../api/networks';
import { LANGUAGE_NAMES } from '../i18n/locale';
import { useT } from '../i18n/use-t';
import { DEFAULT_PROGRAMME, ProgrammeFields, type ProgrammeChoice } from '../templates/ProgrammeFields';
import { localDate } from './dates';
import { Field, FormError } from './Field';
import { useSubmit } from './use-submit';

/** Every zone this browser knows, with the network's own first in case the browser lacks it. */
function timeZones(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

/** A new network starts next Monday with the usual eighteen seats; the facilitator changes what differs. */
function defaults(): NetworkFields {
  const start = new Date();
  start.setDate(start.getDate() + ((8 - start.getDay()) % 7 || 7));
  return {
    title: '',
    theme: '',
    description: '',
    language: 'nl',
    timeZone: DEFAULT_TIME_ZONE,
    capacity: 18,
    startDate: localDate(start),
  };
}

interface Props {
  initial?: NetworkFields;
  submitLabel: string;
  /** A new network also chooses the programme its boards are laid out from. */
  choosesProgramme?: boolean;
  onSubmit: (fields: NetworkFields, programme: ProgrammeChoice) => Promise<void>;
  onCancel?: () => void;
}

/** Title, theme, description, language, capacity and start date of a learning network. */
export function NetworkForm({ initial, submitLabel, choosesProgramme, onSubmit, onCancel }: Props) {
  const t = useT();
  const [fields, setFields] = useState<NetworkFields>(initial ?? defaults);
  const [programme, setProgramme] = useState<ProgrammeChoice>(DEFAULT_PROGRAMME);
  const set = <K extends keyof NetworkFields>(key: K, value: NetworkFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const { busy, error, submit } = useSubmit(
    () => onSubmit({ ...fields, title: fields.title.trim() }, programme),
    () => t('network.saveFailed'),
  );

  return (
    <form className="network-form" onSubmit={submit}>
      <Field
        label={t('network.title')}
        type="text"
        required
        maxLength={120}
        placeholder={t('network.titlePlaceholder')}
        value={fields.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <Field
        label={t('network.theme')}
        type="text"
        maxLength={120}
        value={fields.theme}
        onChange={(e) => set('theme', e.target.value)}
      />
      <div className="field">
        <label htmlFor="network-description">{t('network.description')}</label>
        <textarea
          id="network-description"
          rows={3}
          maxLength={2000}
          value={fields.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="network-language">{t('network.language')}</label>
          <select
            id="network-language"
            value={fields.language}
            onChange={(e) => set('language', isLocale(e.target.value) ? e.target.value : 'nl')}
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {LANGUAGE_NAMES[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="network-time-zone">{t('network.timeZone')}</label>
          <select
            id="network-time-zone"
            value={fields.timeZone}
            onChange={(e) => set('timeZone', e.target.value)}
          >
            {timeZones(fields.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('network.capacity')}
          type="number"
          min={1}
          max={100}
          required
          value={fields.capacity}
          onChange={(e) => set('capacity', Number(e.target.value))}
        />
        <Field
          label={t('network.startDate')}
          type="date"
          required
          value={fields.startDate}
          onChange={(e) => set('startDate', e.target.value)}
        />
      </div>
      {choosesProgramme && <ProgrammeFields value={programme} onChange={setProgramme} />}
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary-button" onClick={onCancel}>
            {t('network.cancel')}
          </button>
        )}
      </div>
      <FormError message={error} />
    </form>
  );
}
