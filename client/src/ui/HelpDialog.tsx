import type { MessageKey } from '@werkplaats/shared';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ALL_COMMANDS } from '../commands/registry';
import { formatShortcut } from '../commands/shortcuts';
import type { Command, CommandGroup } from '../commands/types';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { CloseIcon } from './icons';

// Facilitation commands are buttons of the facilitator's console, without shortcuts to list.
const GROUPS: {
  group: Exclude<CommandGroup, 'facilitation'>;
  titleKey: `shortcuts.group.${string}` & MessageKey;
}[] = [
  { group: 'tools', titleKey: 'shortcuts.group.tools' },
  { group: 'edit', titleKey: 'shortcuts.group.edit' },
  { group: 'arrange', titleKey: 'shortcuts.group.arrange' },
  { group: 'view', titleKey: 'shortcuts.group.view' },
];

/**
 * The ways to press a command, each written once. A Shift variant of another of its keys is left out
 * (nudging by ten): the command's label says what Shift does.
 */
function keysOf(command: Command): string[] {
  const shortcuts = command.shortcuts ?? [];
  const plain = shortcuts.filter(
    (shortcut) =>
      !shortcut.shift ||
      !shortcuts.some(
        (other) => other.shift === false && other.key === shortcut.key && other.code === shortcut.code,
      ),
  );
  return [...new Set(plain.map((shortcut) => formatShortcut(shortcut)))];
}

/**
 * Keeps Tab inside the dialog. A modal dialog makes the page inert, but Tab from its last control
 * would still leave for the browser's own toolbar.
 */
function trapTab(dialog: HTMLDialogElement, event: KeyboardEvent<HTMLDialogElement>): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Every keyboard shortcut, generated from the action registry so it can never disagree with the
 * toolbar or the keys. A native modal `<dialog>`: the rest of the page is inert while it is open (the
 * focus stays inside), Esc closes it, and focus returns to where it was.
 */
export function HelpDialog() {
  const t = useT();
  const open = useBoardStore((state) => state.helpOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="panel help-dialog"
      aria-labelledby="help-dialog-title"
      onClose={() => useBoardStore.getState().setHelpOpen(false)}
      onKeyDown={(event) => {
        if (event.key === 'Tab' && ref.current) trapTab(ref.current, event);
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) useBoardStore.getState().setHelpOpen(false);
      }}
    >
      <header className="help-dialog-header">
        <h2 id="help-dialog-title">{t('shortcuts.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('shortcuts.close')}
          onClick={() => useBoardStore.getState().setHelpOpen(false)}
        >
          <CloseIcon />
        </button>
      </header>
      {/* Scrolls on short windows, so it takes the focus to be scrollable from the keyboard. */}
      <div className="help-dialog-body" tabIndex={0} role="region" aria-labelledby="help-dialog-title">
        {GROUPS.map(({ group, titleKey }) => (
          <section key={group} aria-labelledby={`help-${group}`}>
            <h3 id={`help-${group}`}>{t(titleKey)}</h3>
            <dl>
              {ALL_COMMANDS.filter((command) => command.group === group && command.inHelp !== false).map(
                (command) => (
                  <div key={command.id} className="help-row">
                    <dt>{t(command.labelKey)}</dt>
                    <dd>
                      {keysOf(command).map((keys) => (
                        <kbd key={keys}>{keys}</kbd>
                      ))}
                    </dd>
                  </div>
                ),
              )}
            </dl>
          </section>
        ))}
        <p className="help-dialog-note">{t('shortcuts.panHint')}</p>
      </div>
    </dialog>
  );
}
