import { readSessionState, timerRemaining } from '@werkplaats/shared';
import { useEffect, useId, useState } from 'react';
import { addRunStep, seedRunSheet, startStep, startTimer } from '../commands/facilitation-actions';
import { findCommand } from '../commands/registry';
import type { CommandContext, CommandState } from '../commands/types';
import { useFacilitation, useServerNow } from '../facilitation/use-facilitation';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { CommandButton } from './CommandButton';
import {
  FollowIcon,
  NextIcon,
  PauseIcon,
  PlayIcon,
  PlusMinuteIcon,
  PreviousIcon,
  SoundIcon,
  StopIcon,
  SummonIcon,
} from './facilitation-icons';
import { CloseSession } from './CloseSession';
import { CloseIcon, PlusIcon } from './icons';
import { ParticipationList } from './ParticipationList';
import { PrivateModeSection } from './PrivateModeSection';
import { RunSheetSteps } from './RunSheetSteps';
import { VoteConsoleSection } from './VoteConsoleSection';
import { formatRemaining } from './SessionTimer';
import { COVERS_CANVAS } from '../canvas/covered-insets';

const lookup = (id: string) => findCommand(id)?.perform;

/** The facilitator's console: the run-sheet, the timer, and bringing everyone along. */
export function FacilitatorConsole({
  context,
  state,
  title,
}: {
  context: CommandContext;
  state: CommandState;
  /** The board's title, the default name of its checkpoints. */
  title: string;
}) {
  const t = useT();
  const id = useId();
  const { session } = context;
  const { steps, current, timer, follow } = useFacilitation();
  const now = useServerNow(timer?.status === 'running');
  const [minutes, setMinutes] = useState('5');
  const [editing, setEditing] = useState<string | null>(null);
  const close = () => useBoardStore.getState().setConsoleOpen(false);

  // A board made from a template carries its steps on its frames: offer them at once.
  useEffect(() => {
    if (readSessionState(session.doc).steps.length === 0) seedRunSheet(context);
  }, [context, session.doc]);

  const currentStep = steps.find((step) => step.id === current?.stepId);
  const running = timer?.status === 'running' && timerRemaining(timer, now) > 0;
  const following = follow?.mode === 'follow';

  return (
    <aside className="panel facilitator-console" aria-labelledby={`${id}-title`} {...COVERS_CANVAS}>
      <header className="console-header">
        <h2 id={`${id}-title`}>{t('facilitation.console.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('facilitation.console.close')}
          onClick={close}
        >
          <CloseIcon />
        </button>
      </header>

      <section className="console-section console-current" aria-label={t('facilitation.steps.now')}>
        <div className="console-current-text">
          <p className="console-current-title">
            {currentStep
              ? currentStep.title || t('facilitation.steps.untitled')
              : t('facilitation.step.none')}
          </p>
          {currentStep?.instruction && (
            <p className="console-current-instruction">{currentStep.instruction}</p>
          )}
        </div>
        <div className="console-buttons">
          <CommandButton command="facilitation.previousStep" context={context} state={state}>
            <PreviousIcon />
          </CommandButton>
          <CommandButton
            command="facilitation.nextStep"
            context={context}
            state={state}
            className="icon-button is-primary"
          >
            <NextIcon />
          </CommandButton>
        </div>
      </section>

      <section className="console-section" aria-labelledby={`${id}-timer`}>
        <h3 id={`${id}-timer`}>{t('facilitation.timer.label')}</h3>
        <div className="console-timer">
          <span className="console-timer-value" aria-hidden="true">
            {formatRemaining(timer ? timerRemaining(timer, now) : Number(minutes) * 60_000 || 0)}
          </span>
          <label className="sr-only" htmlFor={`${id}-minutes`}>
            {t('facilitation.timer.minutes')}
          </label>
          <input
            id={`${id}-minutes`}
            className="console-minutes"
            type="number"
            min={1}
            max={600}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t('facilitation.timer.start')}
            title={t('facilitation.timer.start')}
            onClick={() => startTimer(context, Number(minutes) || 5)}
          >
            <PlayIcon />
          </button>
          {timer && timer.status !== 'stopped' && (
            <CommandButton
              command="facilitation.timerToggle"
              context={context}
              state={state}
              label={t(running ? 'facilitation.timer.pause' : 'facilitation.timer.resume')}
            >
              {running ? <PauseIcon /> : <PlayIcon />}
            </CommandButton>
          )}
          <CommandButton command="facilitation.timerAddMinute" context={context} state={state}>
            <PlusMinuteIcon />
          </CommandButton>
          <CommandButton command="facilitation.timerStop" context={context} state={state}>
            <StopIcon />
          </CommandButton>
          <CommandButton
            command="facilitation.timerSound"
            context={context}
            state={state}
            pressed={timer?.sound ?? false}
          >
            <SoundIcon />
          </CommandButton>
        </div>
      </section>

      <section className="console-section" aria-labelledby={`${id}-everyone`}>
        <h3 id={`${id}-everyone`}>{t('facilitation.everyone.label')}</h3>
        <div className="console-everyone">
          <CommandButton
            command="facilitation.summon"
            context={context}
            state={state}
            className="secondary-button"
          >
            <SummonIcon />
            {t('facilitation.summon')}
          </CommandButton>
          <CommandButton
            command="facilitation.follow"
            context={context}
            state={state}
            className="secondary-button"
            label={t(following ? 'facilitation.release' : 'facilitation.follow')}
            pressed={following}
          >
            <FollowIcon />
            {t(following ? 'facilitation.release' : 'facilitation.follow')}
          </CommandButton>
        </div>
        {following && <p className="console-note">{t('facilitation.followingYou')}</p>}
      </section>

      <PrivateModeSection context={context} />
      <VoteConsoleSection context={context} />

      <section className="console-section console-steps" aria-labelledby={`${id}-steps`}>
        <h3 id={`${id}-steps`}>{t('facilitation.steps.label')}</h3>
        {steps.length === 0 && <p className="console-note">{t('facilitation.steps.empty')}</p>}
        <RunSheetSteps
          context={context}
          onGo={(stepId) => startStep(context, stepId, lookup)}
          editing={editing}
          onEdit={setEditing}
        />
        <div className="console-buttons">
          <button
            type="button"
            className="secondary-button"
            onClick={() => setEditing(addRunStep(context, ''))}
          >
            <PlusIcon />
            {t('facilitation.steps.add')}
          </button>
          {steps.length === 0 && (
            <CommandButton
              command="facilitation.seedSteps"
              context={context}
              state={state}
              className="secondary-button"
            >
              {t('facilitation.steps.seed')}
            </CommandButton>
          )}
        </div>
      </section>

      <section className="console-section" aria-labelledby={`${id}-participation`}>
        <h3 id={`${id}-participation`}>{t('participation.title')}</h3>
        <ParticipationList step={currentStep} startedAt={current?.at ?? 0} />
      </section>

      <section className="console-section" aria-labelledby={`${id}-closing`}>
        <h3 id={`${id}-closing`}>{t('closing.title')}</h3>
        <CloseSession context={context} title={title} />
      </section>
    </aside>
  );
}
