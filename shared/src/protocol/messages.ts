/**
 * Top-level message types on `/sync/:boardId`, as y-websocket defines them, so y-websocket's own
 * `WebsocketProvider` talks to our server unchanged.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** Carries "permission denied: reason" from y-protocols/auth when the server refuses an update. */
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/**
 * Our one addition: a client asks the server's clock (`[100, requestId]`), the server answers
 * `[100, requestId, serverNowMs as float64]`. Shared timers count in server time, so clients measure
 * their offset NTP-style. The server never sends it unasked, so stock y-websocket clients never see it.
 */
export const MESSAGE_SERVER_TIME = 100;
/**
 * Private mode: `[101, PRIVATE_MESSAGE.*, …]`. Each person's private notes live in a document of their
 * own that the server syncs only with that person's connections (`sync` wraps a y-protocols sync
 * message). Like the clock, it is never sent unasked, so stock y-websocket clients never see it.
 */
export const MESSAGE_PRIVATE = 101;

export const PRIVATE_MESSAGE = {
  /** Either way: a y-protocols sync message for the sender's own private document. */
  sync: 0,
  /** Facilitator to server: send me the counts now and whenever they change. */
  watchCounts: 1,
  /** Server to facilitator: JSON `PrivateCount[]`, how many private notes each person holds. */
  counts: 2,
  /** Facilitator to server: reveal everyone's private notes; then a varuint, 1 = anonymised. */
  reveal: 3,
} as const;
/**
 * `[102, ballot as JSON text]`: after someone places or removes a dot, the server sends their new
 * ballot to their own connections on that board only (their other tabs), never to anyone else.
 */
export const MESSAGE_BALLOT = 102;

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
  /** Votes, comments and reactions are written by the server on a person's request, never synced in. */
  serverOnly: 'server-only',
  /** Session state (run-sheet, timer, follow) and board settings belong to the facilitator. */
  facilitatorOnly: 'facilitator-only',
  /** The update changes, deletes or unlocks a locked item. */
  locked: 'locked',
} as const;
