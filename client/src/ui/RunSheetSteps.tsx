import { moveStep, removeStep, updateStep, type MessageKey, type RunStep } from '@werkplaats/shared';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CommandContext } from '../commands/types';
import { useFacilitation } from '../facilitation/use-facilitation';
import { useT } from '../i18n/use-t';
import { EditIcon, GripIcon, SkipIcon } from './facilitation-icons';
import { TrashIcon } from './icons';
import { StepForm } from './StepForm';

const MODE_LABELS: [keyof RunStep['modes'], MessageKey][] = [
  ['private', 'facilitation.mode.private'],
  ['vote', 'facilitation.mode.vote'],
  ['follow', 'facilitation.mode.follow'],
];

/**
 * The run-sheet's steps: start one, edit, skip or remove it, and reorder by dragging or with
 * Alt+Up/Down on a step's handle (the move is announced and the focus stays on the moved step).
 */
export function RunSheetSteps({
  context,
  onGo,
  editing,
  onEdit,
}: {
  context: CommandContext;
  onGo: (stepId: string) => void;
  /** The step whose form is open, if any. */
  editing: string | null;
  onEdit: (stepId: string | null) => void;
}) {
  const t = useT();
  const { session } = context;
  const { steps, current } = useFacilitation();
  const [dragged, setDragged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const refocus = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!refocus.current) return;
    list.current?.querySelector<HTMLElement>(`[data-grip="${refocus.current}"]`)?.focus();
    refocus.current = null;
  }, [steps]);

  const titleOf = (step: RunStep) => step.title || t('facilitation.steps.untitled');

  const move = (step: RunStep, to: number) => {
    if (to < 0 || to >= steps.length) return;
    moveStep(session.doc, step.id, to, session.origin);
    refocus.current = step.id;
    setAnnouncement(t('facilitation.steps.moved', { title: titleOf(step), position: to + 1 }));
  };

  const onGripKey = (event: KeyboardEvent, step: RunStep, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    move(step, index + (event.key === 'ArrowUp' ? -1 : 1));
  };

  return (
    <>
      <ol className="run-steps" ref={list}>
        {steps.map((step, index) => {
          const title = titleOf(step);
          const isCurrent = current?.stepId === step.id;
          if (editing === step.id) {
            return (
              <li key={step.id} className="run-step is-editing">
                <StepForm step={step} onDone={() => onEdit(null)} />
              </li>
            );
          }
          const modes = MODE_LABELS.filter(([key]) => step.modes[key]).map(([, label]) => t(label));
          return (
            <li
              key={step.id}
              className={`run-step${isCurrent ? ' is-current' : ''}${step.skipped ? ' is-skipped' : ''}${dragged === step.id ? ' is-dragged' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
              data-step-id={step.id}
              draggable
              onDragStart={(event) => {
                setDragged(step.id);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', step.id);
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(event) => {
                if (dragged) event.preventDefault();
              }}
              onDrop={(event) => {
                event.preventDefault();
                const moving = steps.find((candidate) => candidate.id === dragged);
                if (moving && moving.id !== step.id) move(moving, index);
                setDragged(null);
              }}
            >
              <button
                type="button"
                className="icon-button run-step-grip"
                data-grip={step.id}
                aria-label={t('facilitation.steps.handle', { title })}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onKeyDown={(event) => onGripKey(event, step, index)}
              >
                <GripIcon />
              </button>
              <button type="button" className="run-step-main" onClick={() => onGo(step.id)}>
                {/* Spoken before the visible text, so the button's name still contains what it shows. */}
                <span className="sr-only">{t('facilitation.steps.go')} </span>
                <span className="run-step-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="run-step-text">
                  <span className="run-step-title">{title}</span>
                  <span className="run-step-meta">
                    {[
                      step.modes.timer && step.minutes > 0
                        ? t('facilitation.steps.minutes', { minutes: step.minutes })
                        : null,
                      ...modes,
                      step.skipped ? t('facilitation.steps.skipped') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                {isCurrent && <span className="run-step-now">{t('facilitation.steps.now')}</span>}
              </button>
              <span className="run-step-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('facilitation.steps.edit', { title })}
                  title={t('facilitation.steps.edit', { title })}
                  onClick={() => onEdit(step.id)}
                >
                  <EditIcon />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t(step.skipped ? 'facilitation.steps.unskip' : 'facilitation.steps.skip', {
                    title,
                  })}
                  title={t(step.skipped ? 'facilitation.steps.unskip' : 'facilitation.steps.skip', { title })}
                  aria-pressed={step.skipped}
                  onClick={() => updateStep(session.doc, step.id, { skipped: !step.skipped }, session.origin)}
                >
                  <SkipIcon />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('facilitation.steps.remove', { title })}
                  title={t('facilitation.steps.remove', { title })}
                  onClick={() => removeStep(session.doc, step.id, session.origin)}
                >
                  <TrashIcon />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </>
  );
}
