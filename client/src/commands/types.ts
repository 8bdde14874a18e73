import type { MessageKey, ShapeKind } from '@werkplaats/shared';
import type { BoardSession } from '../sync/board-session';
import type { BoardStore } from '../store/board-store';
import type { ToolId } from '../store/tool-slice';

/** What a command acts on. */
export interface CommandContext {
  session: BoardSession;
  store: BoardStore;
}

/** What a command's `enabled` and `active` look at; the toolbar re-renders when this changes. */
export interface CommandState {
  readOnly: boolean;
  /** The person runs this session: facilitation controls and locks are theirs. */
  facilitator: boolean;
  tool: ToolId;
  shapeKind: ShapeKind;
  selectionCount: number;
  editing: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * A key combination. `key` compares `KeyboardEvent.key` case-insensitively; `code` names a physical
 * key for combinations whose `key` depends on the layout (Shift+1 is "!" on some keyboards, "1" on
 * others). `mod` is Cmd on macOS and Ctrl elsewhere. `shift` left out means either.
 */
export interface Shortcut {
  key?: string;
  code?: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** Where the help dialog lists a command. */
export type CommandGroup = 'tools' | 'edit' | 'arrange' | 'view' | 'facilitation';

/** One user action, defined once: the toolbar, keyboard shortcuts, menus and help all draw from this. */
export interface Command {
  id: string;
  labelKey: MessageKey;
  group: CommandGroup;
  shortcuts?: readonly Shortcut[];
  /** Run by a click, or by a key press with the shortcut that matched. */
  perform: (context: CommandContext, trigger?: Shortcut) => void;
  /**
   * The shortcut belongs to the browser's copy, cut or paste event, which alone may touch the system
   * clipboard without asking; the keyboard hook lets the key through and `use-clipboard` acts on the
   * event. A click runs `perform`, which uses the asynchronous clipboard API instead.
   */
  clipboardEvent?: 'copy' | 'cut' | 'paste';
  /** Listed in the help dialog but not given a toolbar button (or the reverse, with `false`). */
  inHelp?: boolean;
  enabled?: (state: CommandState) => boolean;
  /** For tools: whether the command's tool is the one in use (shown as a pressed button). */
  active?: (state: CommandState) => boolean;
}
