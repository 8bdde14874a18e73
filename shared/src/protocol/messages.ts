/**
 * Top-level message types on `/sync/:boardId`, as y-websocket defines them, so y-websocket's own
 * `WebsocketProvider` talks to our server unchanged.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** Carries "permission denied: reason" from y-protocols/auth when the server refuses an update. */
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** WebSocket close codes the server uses, and what a client should do on each. */
export const CLOSE_CODES = {
  /** Frame larger than the limit; do not resend it. */
  messageTooBig: 1009,
  /** Server restarting or shutting down; reconnect. */
  serviceRestart: 1012,
  /** Protocol bytes that could not be read. */
  malformed: 4400,
  /** No valid identity for this board. */
  unauthorized: 4401,
  /** The board does not exist. */
  notFound: 4404,
  /** The board could not be loaded from storage; the server refuses to touch it. */
  loadFailed: 4500,
} as const;

/** Default maximum WebSocket frame size (after decompression). */
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

/** Reason strings sent with a refused update (y-protocols auth "permission denied"). */
export const REFUSAL_REASONS = {
  readOnly: 'read-only',
  invalidUpdate: 'invalid-update',
} as const;
