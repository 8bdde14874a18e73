import { PROGRAMME_IDS, THEME_PACK_IDS, type ProgrammeId, type ThemePackId } from '@werkplaats/shared';
import { useT } from '../i18n/use-t';

/** How a new network's boards are laid out: a programme and, for the five weeks, a theme pack. */
export interface ProgrammeChoice {
  programme: ProgrammeId;
  themePack?: ThemePackId;
}

export const DEFAULT_PROGRAMME: ProgrammeChoice = { programme: 'design-thinking-5' };

/** The programme and theme-pack choice of the new-network form. */
export function ProgrammeFields({
  value,
  onChange,
}: {
  value: ProgrammeChoice;
  onChange: (value: ProgrammeChoice) => void;
}) {
  const t = useT();
  const packs = value.programme === 'design-thinking-5';
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor="network-programme">{t('network.programme')}</label>
        <select
          id="network-programme"
          aria-describedby="network-programme-hint"
          value={value.programme}
          onChange={(e) => {
            const programme = PROGRAMME_IDS.find((id) => id === e.target.value) ?? 'empty';
            onChange({
              programme,
              themePack: programme === 'design-thinking-5' ? value.themePack : undefined,
            });
          }}
        >
          {PROGRAMME_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`network.programme.${id}`)}
            </option>
          ))}
        </select>
        <small id="network-programme-hint" className="muted">
          {t('network.programmeHint')}
        </small>
      </div>
      {packs && (
        <div className="field">
          <label htmlFor="network-theme-pack">{t('network.themePack')}</label>
          <select
            id="network-theme-pack"
            value={value.themePack ?? ''}
            onChange={(e) =>
              onChange({ ...value, themePack: THEME_PACK_IDS.find((id) => id === e.target.value) })
            }
          >
            <option value="">{t('network.themePack.none')}</option>
            {THEME_PACK_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`network.themePack.${id}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
