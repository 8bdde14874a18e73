import { timerRemaining } from '@werkplaats/shared';
import { useEffect, useRef, useState } from 'react';
import { playChime } from '../facilitation/chime';
import { useFacilitation, useServerNow } from '../facilitation/use-facilitation';
import { useT } from '../i18n/use-t';

/** mm:ss, rounding up: "0:01" until the very end, never "0:00" while time is left. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The session timer everyone sees, counting in server time. The display itself is not announced
 * (a timer that speaks every second is noise); a polite status announces the last minute and the end.
 */
export function SessionTimer() {
  const t = useT();
  const { timer, steps, current } = useFacilitation();
  const step = current && steps.find((candidate) => candidate.id === current.stepId);
  const now = useServerNow(timer?.status === 'running');
  const remaining = timerRemaining(timer, now);
  const done = timer?.status === 'running' && remaining === 0;
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = timer?.status === 'running' ? remaining : null;
    // Only a crossing seen live counts: opening a board whose timer ended long ago says nothing.
    if (before === null || timer?.status !== 'running') return;
    if (before > 0 && remaining === 0) {
      setAnnouncement(t('facilitation.timer.done'));
      if (timer.sound) playChime();
    } else if (before > 60_000 && remaining <= 60_000 && remaining > 0) {
      setAnnouncement(t('facilitation.timer.oneMinute'));
    }
  }, [remaining, timer, t]);

  const stepTitle = step && (
    <span className="session-timer-step">
      {t('facilitation.step.started', { title: step.title || t('facilitation.steps.untitled') })}
    </span>
  );
  const status = (
    <p className="sr-only" role="status">
      {announcement}
    </p>
  );
  if (!timer || timer.status === 'stopped') {
    return step ? (
      <div className="panel session-timer">
        {stepTitle}
        {status}
      </div>
    ) : (
      status
    );
  }
  const text = done ? t('facilitation.timer.done') : formatRemaining(remaining);
  return (
    <div
      className={`panel session-timer${done ? ' is-done' : ''}${timer.status === 'paused' ? ' is-paused' : ''}`}
    >
      {stepTitle}
      <span className="session-timer-dot" aria-hidden="true" />
      <span role="timer" aria-label={t('facilitation.timer.label')} data-remaining-ms={remaining}>
        {text}
      </span>
      {timer.status === 'paused' && (
        <span className="session-timer-state">{t('facilitation.timer.paused')}</span>
      )}
      {status}
    </div>
  );
}
