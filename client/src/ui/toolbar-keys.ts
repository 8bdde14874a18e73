import type { KeyboardEvent } from 'react';

/** Arrow keys move between a toolbar's buttons, as the ARIA toolbar pattern expects. */
export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>): void {
  const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight';
  const backward = event.key === 'ArrowUp' || event.key === 'ArrowLeft';
  if (!forward && !backward) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (current === -1) return;
  event.preventDefault();
  buttons[(current + (forward ? 1 : -1) + buttons.length) % buttons.length]?.focus();
}
