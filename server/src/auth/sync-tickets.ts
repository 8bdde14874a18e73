import type { Viewer } from './viewer.js';
import { hashToken, isTokenShaped, newToken } from './tokens.js';

/** How long a ticket may wait before its WebSocket opens. */
export const SYNC_TICKET_TTL_MS = 60_000;
/** Outstanding tickets kept at most; the oldest go first, so a flood cannot grow memory. */
const MAX_OUTSTANDING = 10_000;

interface Ticket {
  boardId: string;
  viewer: Viewer;
  expiresAt: number;
}

/**
 * Short-lived, single-use tickets that let a non-browser client (y-websocket's `WebsocketProvider`
 * with `params: { ticket }`) open one board's sync socket without cookies. A ticket carries who asked
 * for it, not a role: the role is decided again when the socket opens, so a revocation in between
 * still counts. Kept in memory and hashed, like every token; a multi-machine deployment keeps them in
 * its shared store instead.
 */
export class SyncTickets {
  private readonly tickets = new Map<string, Ticket>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(boardId: string, viewer: Viewer): { ticket: string; expiresAt: number } {
    this.prune();
    const ticket = newToken();
    const expiresAt = this.now() + SYNC_TICKET_TTL_MS;
    this.tickets.set(hashToken(ticket), { boardId, viewer, expiresAt });
    return { ticket, expiresAt };
  }

  /** The viewer a ticket was issued to, if it is valid for `boardId`; the ticket is used up either way. */
  redeem(ticket: string, boardId: string): Viewer | undefined {
    if (!isTokenShaped(ticket)) return undefined;
    const key = hashToken(ticket);
    const found = this.tickets.get(key);
    this.tickets.delete(key);
    if (!found || found.expiresAt <= this.now() || found.boardId !== boardId) return undefined;
    return found.viewer;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, ticket] of this.tickets) if (ticket.expiresAt <= now) this.tickets.delete(key);
    while (this.tickets.size >= MAX_OUTSTANDING) {
      const oldest = this.tickets.keys().next().value as string;
      this.tickets.delete(oldest);
    }
  }
}
