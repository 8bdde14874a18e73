import * as Y from 'yjs';
import { canEditBoard, REFUSAL_REASONS } from '@werkplaats/shared';
import type { Identity } from '../identity/identity.js';
import { SCOPE_CHECKS } from './scope-checks.js';
import { analyseUpdate, type DecodedUpdate, type UpdateScope } from './update-scope.js';

/** What a check sees of one incoming update. */
export interface UpdateContext {
  identity: Identity;
  doc: Y.Doc;
  update: Uint8Array;
  /** Whether applying the update would change the document (computed on demand, then cached). */
  changesDocument(): boolean;
  /** Where the update writes (computed on demand, then cached). */
  scope(): UpdateScope;
}

export type GateDecision = { ok: true } | { ok: false; reason: string };

/** One named rule an incoming update must pass. */
export interface UpdateCheck {
  name: string;
  check(context: UpdateContext): GateDecision;
}

const ACCEPT: GateDecision = { ok: true };

/**
 * A read-only connection (observer, comment-only expert) may send only updates that change nothing: y-websocket clients always answer
 * the server's sync step 1 with a step 2, which is empty (or repeats what the server has) when the
 * client made no edits. Refusing those would loop a viewer through refuse-and-reset.
 */
export const readOnlyCheck: UpdateCheck = {
  name: 'read-only',
  check: (context) =>
    canEditBoard(context.identity.role, context.identity.commentOnly) || !context.changesDocument()
      ? ACCEPT
      : { ok: false, reason: REFUSAL_REASONS.readOnly },
};

/** The checks every update passes, in order. */
export const DEFAULT_CHECKS: UpdateCheck[] = [readOnlyCheck, ...SCOPE_CHECKS];

/**
 * Whether `update` holds structs or deletions the doc does not have yet. Runs only when a check asks,
 * because it walks the doc's delete set.
 */
export function updateChangesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const news = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  if (news.structs.length > 0) return true;
  if (news.ds.clients.size === 0) return false;
  const known = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of news.ds.clients) {
    const deleted = known.clients.get(client) ?? [];
    if (ranges.some((range) => !isCovered(deleted, range.clock, range.clock + range.len))) return true;
  }
  return false;
}

/** Whether [start, end) lies within the union of `ranges` (sorted by clock, as Yjs builds them). */
function isCovered(ranges: readonly { clock: number; len: number }[], start: number, end: number): boolean {
  let reached = start;
  for (const range of ranges) {
    if (range.clock > reached) break;
    reached = Math.max(reached, range.clock + range.len);
    if (reached >= end) return true;
  }
  return reached >= end;
}

/**
 * Runs the checks on an update; the first refusal wins. `decoded` is the update as `Y.decodeUpdate`
 * read it, so the scope analysis need not decode it again.
 */
export function gateUpdate(
  checks: readonly UpdateCheck[],
  identity: Identity,
  doc: Y.Doc,
  update: Uint8Array,
  decoded?: DecodedUpdate,
): GateDecision {
  let changes: boolean | undefined;
  let scope: UpdateScope | undefined;
  const context: UpdateContext = {
    identity,
    doc,
    update,
    changesDocument: () => (changes ??= updateChangesDocument(doc, update)),
    scope: () => (scope ??= analyseUpdate(doc, update, decoded)),
  };
  for (const check of checks) {
    const decision = check.check(context);
    if (!decision.ok) return decision;
  }
  return ACCEPT;
}
