import type { CommandContext, CommandState } from '../commands/types';
import { useT } from '../i18n/use-t';
import { CommandButton } from './CommandButton';
import {
  ConnectorIcon,
  FrameIcon,
  HandIcon,
  HelpIcon,
  ImageIcon,
  PenIcon,
  RedoIcon,
  SelectIcon,
  StickyIcon,
  TemplateIcon,
  TextIcon,
  UndoIcon,
} from './icons';
import { ShapeMenu } from './ShapeMenu';
import { moveFocusWithArrows } from './toolbar-keys';

/** The tools, on the left edge. Observers do not get it: they have nothing to edit with. */
export function Toolbar({ context, state }: { context: CommandContext; state: CommandState }) {
  const t = useT();
  const tool = { context, state };
  return (
    <div
      className="panel toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      aria-orientation="vertical"
      onKeyDown={moveFocusWithArrows}
    >
      <CommandButton command="tool.select" {...tool}>
        <SelectIcon />
      </CommandButton>
      <CommandButton command="tool.hand" {...tool}>
        <HandIcon />
      </CommandButton>
      <CommandButton command="sticky.add" {...tool}>
        <StickyIcon />
      </CommandButton>
      <CommandButton command="tool.text" {...tool}>
        <TextIcon />
      </CommandButton>
      <ShapeMenu {...tool} />
      <CommandButton command="tool.frame" {...tool}>
        <FrameIcon />
      </CommandButton>
      <CommandButton command="tool.connector" {...tool}>
        <ConnectorIcon />
      </CommandButton>
      <CommandButton command="tool.pen" {...tool}>
        <PenIcon />
      </CommandButton>
      <CommandButton command="image.add" {...tool}>
        <ImageIcon />
      </CommandButton>
      <CommandButton command="templates.open" {...tool}>
        <TemplateIcon />
      </CommandButton>
      <div className="toolbar-separator" role="separator" />
      <CommandButton command="edit.undo" {...tool}>
        <UndoIcon />
      </CommandButton>
      <CommandButton command="edit.redo" {...tool}>
        <RedoIcon />
      </CommandButton>
      <CommandButton command="view.help" {...tool}>
        <HelpIcon />
      </CommandButton>
    </div>
  );
}
