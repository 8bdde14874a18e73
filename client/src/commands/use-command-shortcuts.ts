import { useEffect } from 'react';
import { readCommandState } from './command-state';
import { ALL_COMMANDS, isEnabled } from './registry';
import { matchesShortcut } from './shortcuts';
import type { CommandContext } from './types';

/** Elements that own their keys: typing there is text, not commands. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

/** Enter and Space on a focused button or link activate that control, not a board command. */
function isActivation(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  return event.target instanceof HTMLElement && event.target.closest('button, a[href]') !== null;
}

/** Runs the registry's commands from the keyboard while the board screen is open. */
export function useCommandShortcuts(context: CommandContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextEntry(event.target) || isActivation(event))
        return;
      const command = ALL_COMMANDS.find((candidate) =>
        candidate.shortcuts?.some((shortcut) => matchesShortcut(shortcut, event)),
      );
      if (!command) return;
      // Swallow the key even when the command is disabled: Ctrl+Z must not fall through to the browser.
      event.preventDefault();
      if (isEnabled(command, readCommandState(context))) command.perform(context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context]);
}
