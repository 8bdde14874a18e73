import type { Origin } from '@werkplaats/shared';
import type { Identity } from '../identity/identity.js';

/**
 * What a room needs of one connected client. The WebSocket `Connection` implements it; the room never
 * sees sockets, which keeps its rules testable and transport-neutral.
 */
export interface Peer {
  readonly id: string;
  readonly identity: Identity;
  /** Transaction origin of this peer's updates: `connectionOrigin(id)`, one object per peer. */
  readonly origin: Origin;
  /** Awareness client ids this peer has claimed; only it may write or clear them. */
  readonly awarenessIds: Set<number>;
  /** Was sent the board's stored updates before joining the room (see `RoomManager.acquire`). */
  readonly hasStoredState?: boolean;
  /**
   * Sends the messages in order. A peer too far behind is dropped (see `Connection`), checked once
   * before the first message, so the parts of one answer all go or none do.
   */
  send(...messages: Uint8Array[]): void;
  /** Tells the client an update was refused (y-protocols auth "permission denied"). */
  refuse(reason: string): void;
  close(code: number, reason: string): void;
}
