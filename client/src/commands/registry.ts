import { ALIGN_COMMANDS } from './align-commands';
import { facilitationCommands } from './facilitation-commands';
import { copyWithApi, pasteWithApi } from './clipboard';
import { pickImages } from './image-actions';
import { groupSelection, ungroupSelection } from './group-actions';
import { deleteSelection, editSelection } from './item-actions';
import {
  arrangeSelection,
  duplicateSelection,
  nudgeSelection,
  toggleLockSelection,
} from './selection-actions';
import { setTemplatePickerOpen } from '../templates/picker-store';
import { TOOL_COMMANDS } from './tool-commands';
import type { Command, CommandState } from './types';
import { VOTE_COMMANDS } from './vote-commands';
import { zoomIn, zoomOut, zoomToActualSize, zoomToFit, zoomToSelection } from './view-actions';

const hasSelection = (state: CommandState) => !state.readOnly && state.selectionCount > 0;
const arrows = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/**
 * Every board action, in one place. The toolbar, the zoom controls, the selection toolbar, the
 * keyboard and the help dialog all take their labels, shortcuts and enabled state from here.
 */
export const COMMANDS = [
  ...TOOL_COMMANDS,
  {
    id: 'edit.undo',
    labelKey: 'toolbar.undo',
    group: 'edit',
    shortcuts: [{ key: 'z', mod: true, shift: false }],
    perform: ({ session }) => session.undo.undo(),
    enabled: (state) => !state.readOnly && state.canUndo,
  },
  {
    id: 'edit.redo',
    labelKey: 'toolbar.redo',
    group: 'edit',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    perform: ({ session }) => session.undo.redo(),
    enabled: (state) => !state.readOnly && state.canRedo,
  },
  {
    id: 'selection.copy',
    labelKey: 'shortcuts.copy',
    group: 'edit',
    shortcuts: [{ key: 'c', mod: true }],
    clipboardEvent: 'copy',
    perform: (context) => void copyWithApi(context),
    enabled: (state) => state.selectionCount > 0,
  },
  {
    id: 'selection.cut',
    labelKey: 'shortcuts.cut',
    group: 'edit',
    shortcuts: [{ key: 'x', mod: true }],
    clipboardEvent: 'cut',
    perform: (context) => void copyWithApi(context, true),
    enabled: hasSelection,
  },
  {
    id: 'edit.paste',
    labelKey: 'shortcuts.paste',
    group: 'edit',
    shortcuts: [{ key: 'v', mod: true }],
    clipboardEvent: 'paste',
    perform: (context) => void pasteWithApi(context),
    enabled: (state) => !state.readOnly,
  },
  {
    id: 'selection.duplicate',
    labelKey: 'shortcuts.duplicate',
    group: 'edit',
    shortcuts: [{ key: 'd', mod: true }],
    perform: duplicateSelection,
    enabled: hasSelection,
  },
  {
    id: 'selection.delete',
    labelKey: 'sticky.delete',
    group: 'edit',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    perform: deleteSelection,
    enabled: hasSelection,
  },
  {
    id: 'selection.edit',
    labelKey: 'sticky.edit',
    group: 'edit',
    shortcuts: [{ key: 'Enter' }],
    perform: editSelection,
    enabled: (state) => !state.readOnly && state.selectionCount === 1,
  },
  {
    id: 'selection.all',
    labelKey: 'commands.selectAll',
    group: 'edit',
    shortcuts: [{ key: 'a', mod: true }],
    perform: ({ session, store }) => store.getState().select(session.index.getOrder()),
  },
  {
    // Esc backs out one level: an armed tool first, then the selection.
    id: 'selection.clear',
    labelKey: 'commands.deselect',
    group: 'edit',
    shortcuts: [{ key: 'Escape' }],
    perform: ({ store }) => {
      const state = store.getState();
      if (state.tool !== 'select') state.setTool('select');
      else state.clearSelection();
    },
  },
  {
    id: 'selection.nudge',
    labelKey: 'shortcuts.nudge',
    group: 'arrange',
    shortcuts: [
      ...arrows.map((key) => ({ key, shift: false })),
      ...arrows.map((key) => ({ key, shift: true })),
    ],
    perform: nudgeSelection,
    enabled: hasSelection,
  },
  {
    id: 'selection.bringForward',
    labelKey: 'shortcuts.bringForward',
    group: 'arrange',
    shortcuts: [{ code: 'BracketRight', mod: true, shift: false }],
    perform: (context) => arrangeSelection(context, 'forward'),
    enabled: hasSelection,
  },
  {
    id: 'selection.sendBackward',
    labelKey: 'shortcuts.sendBackward',
    group: 'arrange',
    shortcuts: [{ code: 'BracketLeft', mod: true, shift: false }],
    perform: (context) => arrangeSelection(context, 'backward'),
    enabled: hasSelection,
  },
  {
    id: 'selection.bringToFront',
    labelKey: 'shortcuts.bringToFront',
    group: 'arrange',
    shortcuts: [{ code: 'BracketRight', mod: true, shift: true }],
    perform: (context) => arrangeSelection(context, 'front'),
    enabled: hasSelection,
  },
  {
    id: 'selection.sendToBack',
    labelKey: 'shortcuts.sendToBack',
    group: 'arrange',
    shortcuts: [{ code: 'BracketLeft', mod: true, shift: true }],
    perform: (context) => arrangeSelection(context, 'back'),
    enabled: hasSelection,
  },
  {
    id: 'selection.lock',
    labelKey: 'shortcuts.lock',
    group: 'arrange',
    shortcuts: [{ key: 'l', mod: true, shift: true }],
    perform: toggleLockSelection,
    // Locks are the facilitator's: the server refuses anyone else's lock or unlock.
    enabled: (state) => hasSelection(state) && state.facilitator,
  },
  {
    id: 'selection.group',
    labelKey: 'groups.group',
    group: 'arrange',
    shortcuts: [{ key: 'g', mod: true, shift: false }],
    perform: groupSelection,
    enabled: (state) => !state.readOnly && state.selectionCount > 1,
  },
  {
    id: 'selection.ungroup',
    labelKey: 'groups.ungroup',
    group: 'arrange',
    shortcuts: [{ key: 'g', mod: true, shift: true }],
    perform: ungroupSelection,
    enabled: hasSelection,
  },
  ...ALIGN_COMMANDS,
  {
    id: 'view.zoomIn',
    labelKey: 'toolbar.zoomIn',
    group: 'view',
    shortcuts: [{ key: '+' }, { key: '=' }],
    perform: zoomIn,
  },
  {
    id: 'view.zoomOut',
    labelKey: 'toolbar.zoomOut',
    group: 'view',
    shortcuts: [{ key: '-' }, { key: '_' }],
    perform: zoomOut,
  },
  {
    id: 'view.actualSize',
    labelKey: 'commands.zoomReset',
    group: 'view',
    shortcuts: [{ code: 'Digit0', shift: true }],
    perform: zoomToActualSize,
  },
  {
    id: 'view.zoomToFit',
    labelKey: 'toolbar.zoomToFit',
    group: 'view',
    shortcuts: [{ code: 'Digit1', shift: true }],
    perform: (context) => zoomToFit(context),
  },
  {
    id: 'view.zoomToSelection',
    labelKey: 'commands.zoomToSelection',
    group: 'view',
    shortcuts: [{ code: 'Digit2', shift: true }],
    perform: zoomToSelection,
    enabled: hasSelection,
  },
  {
    id: 'view.minimap',
    labelKey: 'minimap.toggle',
    group: 'view',
    shortcuts: [{ key: 'm' }],
    perform: ({ store }) => store.getState().setMinimapOpen(!store.getState().minimapOpen),
  },
  {
    id: 'view.snapToGrid',
    labelKey: 'grid.snap',
    group: 'view',
    shortcuts: [{ key: "'", mod: true }],
    perform: ({ store }) => store.getState().setSnapToGrid(!store.getState().snapToGrid),
  },
  {
    id: 'view.help',
    labelKey: 'shortcuts.title',
    group: 'view',
    shortcuts: [{ key: '?' }],
    perform: ({ store }) => store.getState().setHelpOpen(true),
  },
  {
    id: 'templates.open',
    labelKey: 'templates.open',
    group: 'tools',
    inHelp: false,
    perform: () => setTemplatePickerOpen(true),
    enabled: (state) => !state.readOnly,
  },
  {
    id: 'image.add',
    labelKey: 'image.add',
    group: 'tools',
    inHelp: false,
    perform: pickImages,
    enabled: (state) => !state.readOnly,
  },
  {
    id: 'comments.toggle',
    labelKey: 'comments.open',
    group: 'view',
    shortcuts: [{ key: 'c' }],
    perform: ({ store }) => store.getState().setCommentsOpen(!store.getState().commentsOpen),
  },
  {
    id: 'view.outline',
    labelKey: 'outline.open',
    group: 'view',
    perform: ({ store }) => store.getState().setOutlineOpen(!store.getState().outlineOpen),
  },
  ...facilitationCommands((id) => findCommand(id)?.perform),
  ...VOTE_COMMANDS,
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** The registry widened to plain commands, for code that looks through all of them. */
export const ALL_COMMANDS: readonly Command[] = COMMANDS;

const BY_ID = new Map<string, Command>(ALL_COMMANDS.map((command) => [command.id, command]));

export function getCommand(id: CommandId): Command {
  return BY_ID.get(id)!;
}

/** A command by an id that may not be registered in this build (one feature calling another's). */
export function findCommand(id: string): Command | undefined {
  return BY_ID.get(id);
}

export function isEnabled(command: Command, state: CommandState): boolean {
  return command.enabled?.(state) ?? true;
}
