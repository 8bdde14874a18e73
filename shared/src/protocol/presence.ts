import type { Role } from './roles.js';

/** Who a presence entry belongs to. The server writes this from the connection's identity. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  role: Role;
}

/**
 * One client's awareness state. Cursors, selections and in-progress drags travel here at pointer
 * rate, never as document writes.
 */
export interface PresenceState {
  user: PresenceUser;
  /** Pointer position in board coordinates, or null when the pointer left the canvas. */
  cursor?: { x: number; y: number } | null;
  /** Ids this client has selected. */
  selection?: string[];
  /** The part of the board on screen, shared only while others follow this person. */
  view?: { x: number; y: number; w: number; h: number } | null;
  /** What this client is moving or resizing right now; the document gets the result once, at the drop. */
  drag?: DragPreview | null;
}

/**
 * An in-progress drag as others preview it: a move is one offset for all the items it carries; a
 * resize or turn gives each item's box as the transformer has it (scale relative to the stored size).
 */
export type DragPreview =
  { kind: 'move'; ids: string[]; dx: number; dy: number } | { kind: 'transform'; boxes: TransformBox[] };

export interface TransformBox {
  id: string;
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
  rotation: number;
}

export const MAX_DISPLAY_NAME_LENGTH = 40;

/**
 * Control, line-separator and bidirectional-override characters: names are display text only, and
 * these would break layouts and log lines, or reorder the text drawn after the name.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Trims and bounds a display name; returns undefined when nothing usable is left. */
export function normalizeDisplayName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let name = value.replace(UNSAFE_NAME_CHARACTERS, '').trim().slice(0, MAX_DISPLAY_NAME_LENGTH);
  // Cutting between the halves of a surrogate pair would leave half an emoji behind.
  if (/[\ud800-\udbff]$/.test(name)) name = name.slice(0, -1);
  // Trim again: the cut can land right after a space.
  name = name.trimEnd();
  return name.length > 0 ? name : undefined;
}
