import type { MessageKey } from '@werkplaats/shared';
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
  tool: ToolId;
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

/** One user action, defined once: the toolbar, keyboard shortcuts and menus all draw from this. */
export interface Command {
  id: string;
  labelKey: MessageKey;
  shortcuts?: readonly Shortcut[];
  perform: (context: CommandContext) => void;
  enabled?: (state: CommandState) => boolean;
  /** For tools: whether the command's tool is the one in use (shown as a pressed button). */
  active?: (state: CommandState) => boolean;
}
