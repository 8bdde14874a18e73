import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';
import { CommandButton } from './CommandButton';
import { RedoIcon, SelectIcon, StickyIcon, UndoIcon } from './icons';
import { moveFocusWithArrows } from './toolbar-keys';

/** The tools, on the left edge. Observers do not get it: they have nothing to edit with. */
export function Toolbar({ context, state }: { context: CommandContext; state: CommandState }) {
  const t = useT();
  return (
    <div
      className="panel toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      aria-orientation="vertical"
      onKeyDown={moveFocusWithArrows}
    >
      <CommandButton command="tool.select" context={context} state={state}>
        <SelectIcon />
      </CommandButton>
      <CommandButton command="sticky.add" context={context} state={state}>
        <StickyIcon />
      </CommandButton>
      <div className="toolbar-separator" role="separator" />
      <CommandButton command="edit.undo" context={context} state={state}>
        <UndoIcon />
      </CommandButton>
      <CommandButton command="edit.redo" context={context} state={state}>
        <RedoIcon />
      </CommandButton>
    </div>
  );
}
