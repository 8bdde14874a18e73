import { useId, useState } from 'react';
import {
  revealPrivate,
  setRevealAnonymous,
  switchPrivateModeOff,
  switchPrivateModeOn,
} from '../commands/private-actions';
import type { CommandContext } from '../commands/types';
import { useFacilitation } from '../facilitation/use-facilitation';
import { useT } from '../i18n/use-t';
import { useItem } from '../sync/hooks';
import { usePrivateCounts } from '../sync/private-hooks';
import { EyeOffIcon } from './PrivateModeBanner';

/**
 * Private mode in the facilitator's console: on or off, how many private notes each person holds (the
 * server sends counts only, never their text), and the reveal.
 */
export function PrivateModeSection({ context }: { context: CommandContext }) {
  const t = useT();
  const id = useId();
  const mode = useFacilitation().private;
  const counts = usePrivateCounts();
  const frame = useItem(mode?.frameId ?? '');
  const [anonymousWhileOff, setAnonymousWhileOff] = useState(true);
  const anonymous = mode?.anonymous ?? anonymousWhileOff;
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const frameTitle = frame?.type === 'frame' ? frame.title : '';

  return (
    <section className="console-section private-mode" aria-labelledby={`${id}-private`}>
      <h3 id={`${id}-private`}>{t('private.label')}</h3>
      <p className="console-note" role="status">
        {!mode
          ? t('private.off')
          : mode.frameId
            ? t('private.onFrame', { frame: frameTitle || t('facilitation.steps.untitled') })
            : t('private.onBoard')}
      </p>
      <div className="console-buttons">
        {mode ? (
          <button type="button" className="secondary-button" onClick={() => switchPrivateModeOff(context)}>
            {t('private.switchOff')}
          </button>
        ) : (
          <button
            type="button"
            className="secondary-button"
            onClick={() => switchPrivateModeOn(context, anonymous)}
          >
            <EyeOffIcon />
            {t('private.switchOn')}
          </button>
        )}
      </div>
      <h4 className="private-counts-title">{t('private.countsLabel')}</h4>
      {counts.length === 0 ? (
        <p className="console-note">{t('private.noCounts')}</p>
      ) : (
        <ul className="private-counts" aria-label={t('private.countsLabel')}>
          {counts.map((entry) => (
            <li key={entry.userId}>
              <span>{entry.name}</span>
              <span className="private-count">{entry.count}</span>
            </li>
          ))}
        </ul>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(event) =>
            mode
              ? setRevealAnonymous(context, event.target.checked)
              : setAnonymousWhileOff(event.target.checked)
          }
        />
        {t('private.anonymous')}
      </label>
      <div className="console-buttons">
        <button
          type="button"
          className="primary-button"
          disabled={total === 0}
          onClick={() => revealPrivate(context, anonymous)}
        >
          {t('private.reveal', { count: total })}
        </button>
      </div>
    </section>
  );
}
