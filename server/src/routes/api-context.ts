import type { SyncTickets } from '../auth/sync-tickets.js';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import type { FailureThrottle } from '../auth/throttle.js';
import type { RoomManager } from '../collab/room-manager.js';
import type { Logger } from '../log.js';
import type { BoardStore } from '../storage/board-store.js';
import type { CheckpointStore } from '../storage/checkpoint-store.js';
import type { DirectoryStore } from '../storage/directory-store.js';
import type { ImportStore } from '../storage/import-store.js';
import type { TemplateStore } from '../storage/template-store.js';
import type { ImageStore } from '../uploads/image-store.js';
import type { VoteStore } from '../storage/vote-store.js';
import { apiError } from './errors.js';

export type ApiEnv = { Variables: { viewer: Viewer; requestId: string } };

/** The one-time setup link's token, alive only while no facilitator exists. */
export interface SetupState {
  tokenHash: string | undefined;
}

/** What the account and network routes work with. */
export interface ApiDeps {
  store: BoardStore;
  directory: DirectoryStore;
  templates: TemplateStore;
  imports: ImportStore;
  checkpoints: CheckpointStore;
  images: ImageStore;
  votes: VoteStore;
  rooms: RoomManager;
  throttle: FailureThrottle;
  syncTickets: SyncTickets;
  setup: SetupState;
  log: Logger;
}

/** Refuses anyone who is not a logged-in facilitator. */
export const requireFacilitator: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (!c.get('viewer').facilitator) return apiError(c, 401, 'login_required', 'Log in as a facilitator.');
  await next();
};

/** Reads and validates a JSON body; answers 400 itself and returns undefined when it does not fit. */
export async function readBody<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const text = await c.req.text();
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(c, 400, 'invalid_json', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'Invalid request.';
    return { ok: false, response: apiError(c, 400, 'invalid_request', message) };
  }
  return { ok: true, data: parsed.data };
}

/** The peer's address, the throttling key for guesses. */
export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Answers 429 when this address has failed too often, for routes where a token or password is guessed. */
export function throttled(c: Context, throttle: FailureThrottle): Response | undefined {
  return throttle.allows(clientIp(c))
    ? undefined
    : apiError(c, 429, 'too_many_attempts', 'Too many failed attempts. Wait a minute and try again.');
}
