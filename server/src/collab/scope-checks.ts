import * as Y from 'yjs';
import { getItemsMap, REFUSAL_REASONS, type BoardContainer } from '@werkplaats/shared';
import type { GateDecision, UpdateCheck } from './update-gate.js';

const ACCEPT: GateDecision = { ok: true };

/** Written only by the server (on someone's HTTP request), so a client update may never touch them. */
const SERVER_ONLY: ReadonlySet<string> = new Set<BoardContainer>(['votes', 'comments', 'reactions']);
/** Facilitation state and board settings: the facilitator's (or the server's) alone. */
const FACILITATOR_ONLY: ReadonlySet<string> = new Set<BoardContainer>(['session', 'meta']);

const isFacilitator = (role: string) => role === 'facilitator';

/**
 * An update the server cannot place entirely (dangling references, clock gaps, foreign root types) is
 * treated as touching everything. Replacing a container of the root map would throw away everyone's
 * work at once; no client ever does that, whatever its role, so it is refused for all.
 */
export const attributableCheck: UpdateCheck = {
  name: 'attributable',
  check: ({ identity, scope }) => {
    const found = scope();
    if (found.rootKeys) return { ok: false, reason: REFUSAL_REASONS.invalidUpdate };
    if (found.unattributed && !isFacilitator(identity.role)) {
      return { ok: false, reason: REFUSAL_REASONS.invalidUpdate };
    }
    return ACCEPT;
  },
};

export const serverOnlyCheck: UpdateCheck = {
  name: 'server-only-containers',
  check: ({ scope }) => {
    for (const container of scope().containers) {
      if (SERVER_ONLY.has(container)) return { ok: false, reason: REFUSAL_REASONS.serverOnly };
    }
    return ACCEPT;
  },
};

export const facilitatorOnlyCheck: UpdateCheck = {
  name: 'facilitator-only-containers',
  check: ({ identity, scope }) => {
    if (isFacilitator(identity.role)) return ACCEPT;
    for (const container of scope().containers) {
      if (FACILITATOR_ONLY.has(container)) return { ok: false, reason: REFUSAL_REASONS.facilitatorOnly };
    }
    return ACCEPT;
  },
};

/**
 * Locks: others may not change, replace or delete a locked item (its text included), lock or unlock
 * anything, or create an item that is locked already. New items, also inside a locked frame, are fine:
 * a frame's lock holds the frame, not the notes people put in it.
 */
export const lockCheck: UpdateCheck = {
  name: 'locks',
  check: ({ identity, doc, scope }) => {
    if (isFacilitator(identity.role)) return ACCEPT;
    const { items } = scope();
    if (items.size === 0) return ACCEPT;
    const live = getItemsMap(doc);
    for (const [id, touch] of items) {
      if (touch.createdLocked || touch.fields.has('locked'))
        return { ok: false, reason: REFUSAL_REASONS.locked };
      const existing = live.get(id);
      const locked = existing instanceof Y.Map && existing.get('locked') === true;
      if (locked && (touch.deleted || touch.created || touch.fields.size > 0)) {
        return { ok: false, reason: REFUSAL_REASONS.locked };
      }
    }
    return ACCEPT;
  },
};

/** The checks built on where an update writes, in the order they run. */
export const SCOPE_CHECKS: UpdateCheck[] = [
  attributableCheck,
  serverOnlyCheck,
  facilitatorOnlyCheck,
  lockCheck,
];
