import { deleteSelection, editSelection, placeStickyAtViewportCentre } from './item-actions';
import type { Command, CommandState } from './types';
import { zoomIn, zoomOut, zoomToActualSize, zoomToFit } from './view-actions';

const canEdit = (state: CommandState) => !state.readOnly;
const hasSelection = (state: CommandState) => !state.readOnly && state.selectionCount > 0;

/**
 * Every board action, in one place. The toolbar, the zoom controls, the note toolbar and the keyboard
 * all take their labels, shortcuts and enabled state from here.
 */
export const COMMANDS = [
  {
    id: 'tool.select',
    labelKey: 'toolbar.select',
    shortcuts: [{ key: 'v' }],
    perform: ({ store }) => store.getState().setTool('select'),
    active: (state) => state.tool === 'select',
  },
  {
    // N arms the tool: the next click on the board places the note there.
    id: 'tool.sticky',
    labelKey: 'toolbar.sticky',
    shortcuts: [{ key: 'n' }],
    perform: ({ store }) => store.getState().setTool('sticky'),
    enabled: canEdit,
    active: (state) => state.tool === 'sticky',
  },
  {
    // The toolbar button places a note at once, so it also works without a pointer.
    id: 'sticky.add',
    labelKey: 'toolbar.sticky',
    perform: (context) => {
      context.store.getState().setTool('select');
      placeStickyAtViewportCentre(context);
    },
    enabled: canEdit,
    active: (state) => state.tool === 'sticky',
  },
  {
    id: 'edit.undo',
    labelKey: 'toolbar.undo',
    shortcuts: [{ key: 'z', mod: true, shift: false }],
    perform: ({ session }) => session.undo.undo(),
    enabled: (state) => !state.readOnly && state.canUndo,
  },
  {
    id: 'edit.redo',
    labelKey: 'toolbar.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    perform: ({ session }) => session.undo.redo(),
    enabled: (state) => !state.readOnly && state.canRedo,
  },
  {
    id: 'selection.delete',
    labelKey: 'sticky.delete',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    perform: deleteSelection,
    enabled: hasSelection,
  },
  {
    id: 'selection.edit',
    labelKey: 'sticky.edit',
    shortcuts: [{ key: 'Enter' }],
    perform: editSelection,
    enabled: (state) => !state.readOnly && state.selectionCount === 1,
  },
  {
    id: 'selection.all',
    labelKey: 'commands.selectAll',
    shortcuts: [{ key: 'a', mod: true }],
    perform: ({ session, store }) => store.getState().select(session.index.getOrder()),
  },
  {
    // Esc backs out one level: an armed tool first, then the selection.
    id: 'selection.clear',
    labelKey: 'commands.deselect',
    shortcuts: [{ key: 'Escape' }],
    perform: ({ store }) => {
      const state = store.getState();
      if (state.tool !== 'select') state.setTool('select');
      else state.clearSelection();
    },
  },
  {
    id: 'view.zoomIn',
    labelKey: 'toolbar.zoomIn',
    shortcuts: [{ key: '+' }, { key: '=' }],
    perform: zoomIn,
  },
  {
    id: 'view.zoomOut',
    labelKey: 'toolbar.zoomOut',
    shortcuts: [{ key: '-' }, { key: '_' }],
    perform: zoomOut,
  },
  {
    id: 'view.actualSize',
    labelKey: 'commands.zoomReset',
    shortcuts: [{ code: 'Digit0', shift: true }],
    perform: zoomToActualSize,
  },
  {
    id: 'view.zoomToFit',
    labelKey: 'toolbar.zoomToFit',
    shortcuts: [{ code: 'Digit1', shift: true }],
    perform: (context) => zoomToFit(context),
  },
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** The registry widened to plain commands, for code that looks through all of them. */
export const ALL_COMMANDS: readonly Command[] = COMMANDS;

const BY_ID = new Map<string, Command>(ALL_COMMANDS.map((command) => [command.id, command]));

export function getCommand(id: CommandId): Command {
  return BY_ID.get(id)!;
}

export function isEnabled(command: Command, state: CommandState): boolean {
  return command.enabled?.(state) ?? true;
}
