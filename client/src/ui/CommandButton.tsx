import type { ReactNode } from 'react';
import { getCommand, isEnabled, type CommandId } from '../commands/registry';
import { ariaShortcut, formatShortcut } from '../commands/shortcuts';
import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';

interface Props {
  command: CommandId;
  context: CommandContext;
  state: CommandState;
  children: ReactNode;
  /** Overrides the registry label, e.g. with the current zoom level. */
  label?: string;
  className?: string;
  /** Overrides the registry's pressed state, for toggles that reflect the selection (lock). */
  pressed?: boolean;
}

/** A button for one registry command: name, tooltip with shortcut, pressed and disabled state. */
export function CommandButton({ command: id, context, state, children, label, className, pressed }: Props) {
  const t = useT();
  const command = getCommand(id);
  const name = label ?? t(command.labelKey);
  const shortcut = command.shortcuts?.[0];
  const active = pressed ?? command.active?.(state);
  return (
    <button
      type="button"
      className={className ?? 'icon-button'}
      aria-label={name}
      title={shortcut ? `${name} (${formatShortcut(shortcut)})` : name}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      aria-pressed={active}
      disabled={!isEnabled(command, state)}
      onClick={() => command.perform(context)}
    >
      {children}
    </button>
  );
}
