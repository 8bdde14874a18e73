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
}

export const MAX_DISPLAY_NAME_LENGTH = 40;

/** Trims and bounds a display name; returns undefined when nothing usable is left. */
export function normalizeDisplayName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Control characters would break layouts and log lines; names are display text only.
  // eslint-disable-next-line no-control-regex
  const name = value
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, MAX_DISPLAY_NAME_LENGTH);
  return name.length > 0 ? name : undefined;
}
