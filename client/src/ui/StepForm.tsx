import { updateStep, type RunStep, type StepModes } from '@werkplaats/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useSession } from '../sync/session-context';
import { Field } from './Field';

const MODES: {
  key: keyof StepModes;
  label:
    | 'facilitation.mode.timer'
    | 'facilitation.mode.private'
    | 'facilitation.mode.vote'
    | 'facilitation.mode.follow';
}[] = [
  { key: 'timer', label: 'facilitation.mode.timer' },
  { key: 'private', label: 'facilitation.mode.private' },
  { key: 'vote', label: 'facilitation.mode.vote' },
  { key: 'follow', label: 'facilitation.mode.follow' },
];

/** Edits one run-sheet step in place: title, instruction, minutes, frame and what it switches on. */
export function StepForm({ step, onDone }: { step: RunStep; onDone: () => void }) {
  const t = useT();
  const session = useSession();
  const id = useId();
  const [title, setTitle] = useState(step.title);
  const [instruction, setInstruction] = useState(step.instruction);
  const [minutes, setMinutes] = useState(String(step.minutes));
  const [frameId, setFrameId] = useState(step.frameId ?? '');
  const [modes, setModes] = useState<StepModes>(step.modes);
  const frames = session.index
    .getOrder()
    .map((itemId) => session.index.getItem(itemId))
    .filter((item) => item?.type === 'frame');

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsedMinutes = Number(minutes);
    updateStep(
      session.doc,
      step.id,
      {
        title: title.trim(),
        instruction: instruction.trim(),
        minutes: Number.isFinite(parsedMinutes) ? Math.max(0, Math.min(600, parsedMinutes)) : step.minutes,
        frameId: frameId || undefined,
        modes,
      },
      session.origin,
    );
    onDone();
  };

  return (
    <form className="step-form" aria-label={t('facilitation.form.label')} onSubmit={save}>
      <label htmlFor={`${id}-title`}>{t('facilitation.form.title')}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      <label htmlFor={`${id}-instruction`}>{t('facilitation.form.instruction')}</label>
      <textarea
        id={`${id}-instruction`}
        value={instruction}
        maxLength={2000}
        rows={3}
        onChange={(e) => setInstruction(e.target.value)}
      />
      <div className="step-form-row">
        <Field
          label={t('facilitation.form.minutes')}
          type="number"
          min={0}
          max={600}
          step={1}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <div>
          <label htmlFor={`${id}-frame`}>{t('facilitation.form.frame')}</label>
          <select id={`${id}-frame`} value={frameId} onChange={(e) => setFrameId(e.target.value)}>
            <option value="">{t('facilitation.form.noFrame')}</option>
            {frames.map((frame) =>
              frame?.type === 'frame' ? (
                <option key={frame.id} value={frame.id}>
                  {frame.title || t('board.untitled')}
                </option>
              ) : null,
            )}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>{t('facilitation.form.modes')}</legend>
        {MODES.map(({ key, label }) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={modes[key]}
              onChange={(e) => setModes({ ...modes, [key]: e.target.checked })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div className="step-form-actions">
        <button type="button" className="secondary-button" onClick={onDone}>
          {t('facilitation.form.cancel')}
        </button>
        <button type="submit" className="primary-button">
          {t('facilitation.form.save')}
        </button>
      </div>
    </form>
  );
}
