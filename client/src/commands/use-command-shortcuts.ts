import { useEffect } from 'react';
import { readCommandState } from './command-state';
import { ALL_COMMANDS, isEnabled } from './registry';
import { matchesShortcut } from './shortcuts';
import type { CommandContext, Shortcut } from './types';

/**
 * Elements that own their keys: typing there is text, not commands; a dialog keeps its Esc and Tab, and
 * a panel marked `data-own-keys` (the outline) keeps its arrows and Delete for its own list.
 */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable], dialog, [data-own-keys]') !== null
  );
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
      let trigger: Shortcut | undefined;
      const command = ALL_COMMANDS.find((candidate) => {
        trigger = candidate.shortcuts?.find((shortcut) => matchesShortcut(shortcut, event));
        return trigger !== undefined;
      });
      // Copy, cut and paste happen in the clipboard events the key goes on to cause (use-clipboard).
      if (!command || command.clipboardEvent) return;
      // Swallow the key even when the command is disabled: Ctrl+Z must not fall through to the browser.
      event.preventDefault();
      if (isEnabled(command, readCommandState(context))) command.perform(context, trigger);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context]);
}
