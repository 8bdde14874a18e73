import type { Locale } from '@werkplaats/shared';

/** A facilitator account. `passwordHash` is a self-describing scrypt string (see `auth/password.ts`). */
export interface FacilitatorRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: number;
}

export interface FacilitatorInviteRecord {
  tokenHash: string;
  email: string;
  createdBy: string;
  expiresAt: number;
  usedAt: number | null;
}

/** A login (`facilitator`, subject = facilitator id) or a browser that joined by invite (`device`). */
export interface AuthSessionRecord {
  tokenHash: string;
  kind: 'facilitator' | 'device';
  subjectId: string;
  expiresAt: number;
}

export interface NetworkRecord {
  id: string;
  title: string;
  theme: string;
  description: string;
  language: Locale;
  /** IANA zone the network meets in; session dates and times are wall times there. */
  timeZone: string;
  capacity: number;
  /** `YYYY-MM-DD`. */
  startDate: string;
  archivedAt: number | null;
  createdAt: number;
}

/** One meeting of a network; `date` is `YYYY-MM-DD` and `time` `HH:MM`, in the network's time zone. */
export interface SessionRecord {
  id: string;
  networkId: string;
  position: number;
  title: string;
  date: string;
  time: string;
  durationMinutes: number;
  boardId: string;
}

/** Who joins through an invite. Facilitators are accounts, never invited this way. */
export type GuestRole = 'participant' | 'expert' | 'observer';

export interface InviteRecord {
  id: string;
  networkId: string;
  tokenHash: string;
  role: GuestRole;
  /** Experts invited to comment only: read-only on the board for now. */
  commentOnly: boolean;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
  revokedAt: number | null;
  createdAt: number;
}

export interface PersonRecord {
  id: string;
  networkId: string;
  /** The device session that joined; one browser can be a person in several networks. */
  deviceId: string;
  inviteId: string;
  name: string;
  organisation: string | null;
  role: GuestRole;
  commentOnly: boolean;
  joinedAt: number;
  removedAt: number | null;
}

export interface AttendanceRecord {
  sessionId: string;
  userId: string;
  name: string;
  role: string;
  firstSeen: number;
  lastSeen: number;
}

export type JoinResult =
  { ok: true; person: PersonRecord } | { ok: false; reason: 'full' | 'used_up' | 'unavailable' };

/**
 * Accounts, networks, sessions, invites, people and attendance: everything around the boards. Kept
 * apart from `BoardStore`, whose hot path is the update log, so each can move to its own database.
 * Promise-based for the same reason.
 */
export interface DirectoryStore {
  countFacilitators(): Promise<number>;
  createFacilitator(facilitator: FacilitatorRecord): Promise<void>;
  facilitatorById(id: string): Promise<FacilitatorRecord | undefined>;
  facilitatorByEmail(email: string): Promise<FacilitatorRecord | undefined>;
  createFacilitatorInvite(invite: FacilitatorInviteRecord): Promise<void>;
  facilitatorInvite(tokenHash: string): Promise<FacilitatorInviteRecord | undefined>;
  /** Creates the account and uses up the invite in one step; false when the invite was used meanwhile. */
  acceptFacilitatorInvite(tokenHash: string, facilitator: FacilitatorRecord): Promise<boolean>;

  createAuthSession(session: AuthSessionRecord): Promise<void>;
  authSession(tokenHash: string): Promise<AuthSessionRecord | undefined>;
  deleteAuthSession(tokenHash: string): Promise<void>;

  createNetwork(network: NetworkRecord, sessions: SessionRecord[]): Promise<void>;
  listNetworks(): Promise<NetworkRecord[]>;
  network(id: string): Promise<NetworkRecord | undefined>;
  updateNetwork(network: NetworkRecord): Promise<void>;

  listSessions(networkId: string): Promise<SessionRecord[]>;
  session(id: string): Promise<SessionRecord | undefined>;
  sessionByBoard(boardId: string): Promise<SessionRecord | undefined>;
  addSession(session: SessionRecord): Promise<void>;
  updateSession(session: SessionRecord): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Sets positions 1..n in the order of `ids`, which must be exactly the network's sessions. */
  reorderSessions(networkId: string, ids: string[]): Promise<void>;

  createInvite(invite: InviteRecord): Promise<void>;
  listInvites(networkId: string): Promise<InviteRecord[]>;
  invite(id: string): Promise<InviteRecord | undefined>;
  inviteByTokenHash(tokenHash: string): Promise<InviteRecord | undefined>;
  revokeInvite(id: string, at: number): Promise<void>;
  /**
   * Adds `person` through its invite in one step: counts the use, and refuses when the invite is used
   * up or (for participants) the network is at capacity, so two people racing for the last seat
   * cannot both get it.
   */
  joinNetwork(person: PersonRecord, capacity: number): Promise<JoinResult>;

  listPeople(networkId: string): Promise<PersonRecord[]>;
  person(id: string): Promise<PersonRecord | undefined>;
  /** People a device is in any network, removed ones included. */
  peopleOfDevice(deviceId: string): Promise<PersonRecord[]>;
  updatePerson(person: PersonRecord): Promise<void>;
  countParticipants(networkId: string): Promise<number>;

  /** Notes that `userId` was on the session's board at `at`: first and last time seen. */
  recordAttendance(record: Omit<AttendanceRecord, 'firstSeen' | 'lastSeen'> & { at: number }): Promise<void>;
  listAttendance(networkId: string): Promise<AttendanceRecord[]>;
  close(): Promise<void>;
}
