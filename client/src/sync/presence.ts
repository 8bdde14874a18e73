import { isRole, type PresenceState, type PresenceUser } from '@werkplaats/shared';
import type { Awareness } from 'y-protocols/awareness';
import { Emitter } from '../lib/emitter';
import type { Point, Rect } from '../lib/geometry';
import { throttle } from '../lib/throttle';

/** Another browser tab on this board, as its awareness state describes it. */
export interface Peer {
  clientId: number;
  user: PresenceUser;
  cursor: Point | null;
  selection: readonly string[];
  /** What this peer sees, when it shares it (a facilitator others follow). */
  view: Rect | null;
}

/** ~30 updates a second: smooth to watch, and a fraction of what a pointer reports. */
const CURSOR_INTERVAL_MS = 33;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads a peer's state defensively: it arrives from the network and may come from another version. */
export function parsePeer(clientId: number, state: unknown): Peer | undefined {
  const record = state as Partial<Record<keyof PresenceState, unknown>> | null;
  const user = record?.user as Partial<PresenceUser> | undefined;
  if (!user || typeof user.id !== 'string' || typeof user.name !== 'string') return undefined;
  const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#57606a';
  const cursor = record?.cursor as Partial<Point> | null | undefined;
  const selection = Array.isArray(record?.selection)
    ? record.selection.filter((id): id is string => typeof id === 'string')
    : [];
  const view = record?.view as Partial<Rect> | null | undefined;
  const validView =
    view &&
    isFiniteNumber(view.x) &&
    isFiniteNumber(view.y) &&
    isFiniteNumber(view.w) &&
    isFiniteNumber(view.h) &&
    view.w > 0 &&
    view.h > 0;
  return {
    clientId,
    user: { id: user.id, name: user.name, color, role: isRole(user.role) ? user.role : 'participant' },
    cursor:
      cursor && isFiniteNumber(cursor.x) && isFiniteNumber(cursor.y) ? { x: cursor.x, y: cursor.y } : null,
    selection,
    view: validView ? { x: view.x!, y: view.y!, w: view.w!, h: view.h! } : null,
  };
}

function personKey(user: PresenceUser): string {
  return `${user.id}\u0000${user.name}\u0000${user.color}\u0000${user.role}`;
}

/**
 * Who is on the board and where their pointers are. Two lists with their own change signals: peers
 * (every other tab, with cursors) changes at pointer rate; people (one entry per person, this one
 * first) changes only when someone arrives, leaves or is renamed, so the presence list stays calm.
 */
export class Presence {
  private peers: readonly Peer[] = [];
  private people: readonly PresenceUser[];
  private peopleKey = '';
  private selection: readonly string[] = [];
  readonly peersChanged = new Emitter();
  readonly peopleChanged = new Emitter();

  constructor(
    private readonly awareness: Awareness,
    readonly self: PresenceUser,
  ) {
    this.people = [self];
    awareness.setLocalStateField('user', self);
    awareness.on('change', this.refresh);
    this.refresh();
  }

  readonly getPeers = (): readonly Peer[] => this.peers;
  readonly getPeople = (): readonly PresenceUser[] => this.people;

  /** The raw states of other tabs, as the test API reports them. */
  otherStates(): PresenceState[] {
    const states: PresenceState[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId !== this.awareness.clientID && state.user) states.push(state as PresenceState);
    }
    return states;
  }

  /** Shares the pointer position in board coordinates; null when the pointer left the board. */
  readonly setCursor = throttle((cursor: Point | null) => {
    this.awareness.setLocalStateField('cursor', cursor);
  }, CURSOR_INTERVAL_MS);

  /** Shares what this person sees (null stops sharing); throttled like the cursor. */
  readonly setView = throttle((view: Rect | null) => {
    this.awareness.setLocalStateField('view', view);
  }, CURSOR_INTERVAL_MS * 3);

  setSelection(ids: readonly string[]): void {
    if (ids.length === this.selection.length && ids.every((id, i) => id === this.selection[i])) return;
    this.selection = ids;
    this.awareness.setLocalStateField('selection', [...ids]);
  }

  destroy(): void {
    this.setCursor.cancel();
    this.setView.cancel();
    this.awareness.off('change', this.refresh);
  }

  private readonly refresh = (): void => {
    const peers: Peer[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      const peer = parsePeer(clientId, state);
      if (peer) peers.push(peer);
    }
    this.peers = peers;
    this.peersChanged.emit();

    const others = new Map<string, PresenceUser>();
    for (const peer of peers) if (peer.user.id !== this.self.id) others.set(peer.user.id, peer.user);
    const people = [
      this.self,
      ...[...others.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    ];
    const key = people.map(personKey).join('\n');
    if (key !== this.peopleKey) {
      this.peopleKey = key;
      this.people = people;
      this.peopleChanged.emit();
    }
  };
}
