import type Database from 'better-sqlite3';
import type {
  AttendanceRecord,
  AuthSessionRecord,
  DirectoryStore,
  FacilitatorInviteRecord,
  FacilitatorRecord,
  InviteRecord,
  JoinResult,
  NetworkRecord,
  PersonRecord,
  SessionRecord,
} from '../directory-store.js';

const FACILITATOR = `SELECT id, email, name, password_hash AS passwordHash, created_at AS createdAt FROM facilitators`;
const NETWORK = `SELECT id, title, theme, description, language, time_zone AS timeZone, capacity, start_date AS startDate,
  archived_at AS archivedAt, created_at AS createdAt FROM networks`;
const SESSION = `SELECT id, network_id AS networkId, position, title, date, time,
  duration_minutes AS durationMinutes, board_id AS boardId FROM network_sessions`;
const INVITE = `SELECT id, network_id AS networkId, token_hash AS tokenHash, role, comment_only AS commentOnly,
  expires_at AS expiresAt, max_uses AS maxUses, uses, revoked_at AS revokedAt, created_at AS createdAt FROM invites`;
const PERSON = `SELECT id, network_id AS networkId, device_id AS deviceId, invite_id AS inviteId, name,
  organisation, role, comment_only AS commentOnly, joined_at AS joinedAt, removed_at AS removedAt FROM people`;

/** The network has no seat left for another participant; thrown to roll the join back. */
class NetworkFullError extends Error {
  override name = 'NetworkFullError';
}

/** SQLite has no boolean: the flag comes back as 0/1. */
function withFlag<T extends { commentOnly: unknown }>(row: T | undefined): T | undefined {
  return row && { ...row, commentOnly: row.commentOnly === 1 || row.commentOnly === true };
}

/**
 * The directory in the same SQLite file as the boards (its tables come from the same migrations), so
 * one backup holds everything. Runs on the board store's connection: one writer per file.
 */
export class SqliteDirectoryStore implements DirectoryStore {
  constructor(private readonly db: Database.Database) {}

  private one<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.db.prepare<unknown[], T>(sql).get(...params);
  }

  private all<T>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare<unknown[], T>(sql).all(...params);
  }

  private run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.db.prepare(sql).run(...params);
  }

  async countFacilitators(): Promise<number> {
    return this.one<{ n: number }>('SELECT COUNT(*) AS n FROM facilitators')!.n;
  }

  async createFacilitator(f: FacilitatorRecord): Promise<void> {
    this.insertFacilitator(f);
  }

  private insertFacilitator(f: FacilitatorRecord): void {
    this.run(
      'INSERT INTO facilitators (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      f.id,
      f.email,
      f.name,
      f.passwordHash,
      f.createdAt,
    );
  }

  async facilitatorById(id: string): Promise<FacilitatorRecord | undefined> {
    return this.one(`${FACILITATOR} WHERE id = ?`, id);
  }

  async facilitatorByEmail(email: string): Promise<FacilitatorRecord | undefined> {
    return this.one(`${FACILITATOR} WHERE email = ?`, email);
  }

  async createFacilitatorInvite(i: FacilitatorInviteRecord): Promise<void> {
    this.run(
      'INSERT INTO facilitator_invites (token_hash, email, created_by, expires_at, used_at) VALUES (?, ?, ?, ?, ?)',
      i.tokenHash,
      i.email,
      i.createdBy,
      i.expiresAt,
      i.usedAt,
    );
  }

  async facilitatorInvite(tokenHash: string): Promise<FacilitatorInviteRecord | undefined> {
    return this.one(
      `SELECT token_hash AS tokenHash, email, created_by AS createdBy, expires_at AS expiresAt,
       used_at AS usedAt FROM facilitator_invites WHERE token_hash = ?`,
      tokenHash,
    );
  }

  async acceptFacilitatorInvite(tokenHash: string, f: FacilitatorRecord): Promise<boolean> {
    return this.db.transaction(() => {
      const used = this.run(
        'UPDATE facilitator_invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
        f.createdAt,
        tokenHash,
      );
      if (used.changes !== 1) return false;
      this.insertFacilitator(f);
      return true;
    })();
  }

  async createAuthSession(s: AuthSessionRecord): Promise<void> {
    this.run(
      'INSERT INTO auth_sessions (token_hash, kind, subject_id, expires_at) VALUES (?, ?, ?, ?)',
      s.tokenHash,
      s.kind,
      s.subjectId,
      s.expiresAt,
    );
  }

  async authSession(tokenHash: string): Promise<AuthSessionRecord | undefined> {
    return this.one(
      `SELECT token_hash AS tokenHash, kind, subject_id AS subjectId, expires_at AS expiresAt
       FROM auth_sessions WHERE token_hash = ?`,
      tokenHash,
    );
  }

  async deleteAuthSession(tokenHash: string): Promise<void> {
    this.run('DELETE FROM auth_sessions WHERE token_hash = ?', tokenHash);
  }

  async createNetwork(n: NetworkRecord, sessions: SessionRecord[]): Promise<void> {
    this.db.transaction(() => {
      this.writeNetwork('INSERT', n);
      for (const session of sessions) this.writeSession('INSERT', session);
    })();
  }

  private writeNetwork(mode: 'INSERT' | 'UPDATE', n: NetworkRecord): void {
    const values = [
      n.title,
      n.theme,
      n.description,
      n.language,
      n.timeZone,
      n.capacity,
      n.startDate,
      n.archivedAt,
    ];
    if (mode === 'INSERT') {
      this.run(
        `INSERT INTO networks (title, theme, description, language, time_zone, capacity, start_date,
         archived_at, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ...values,
        n.id,
        n.createdAt,
      );
    } else {
      this.run(
        `UPDATE networks SET title = ?, theme = ?, description = ?, language = ?, time_zone = ?,
         capacity = ?, start_date = ?, archived_at = ? WHERE id = ?`,
        ...values,
        n.id,
      );
    }
  }

  async listNetworks(): Promise<NetworkRecord[]> {
    return this.all(`${NETWORK} ORDER BY start_date DESC, created_at DESC`);
  }

  async network(id: string): Promise<NetworkRecord | undefined> {
    return this.one(`${NETWORK} WHERE id = ?`, id);
  }

  async updateNetwork(n: NetworkRecord): Promise<void> {
    this.writeNetwork('UPDATE', n);
  }

  private writeSession(mode: 'INSERT' | 'UPDATE', s: SessionRecord): void {
    const values = [s.position, s.title, s.date, s.time, s.durationMinutes];
    if (mode === 'INSERT') {
      this.run(
        `INSERT INTO network_sessions (position, title, date, time, duration_minutes, id, network_id, board_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ...values,
        s.id,
        s.networkId,
        s.boardId,
      );
    } else {
      this.run(
        `UPDATE network_sessions SET position = ?, title = ?, date = ?, time = ?, duration_minutes = ?
         WHERE id = ?`,
        ...values,
        s.id,
      );
    }
  }

  async listSessions(networkId: string): Promise<SessionRecord[]> {
    return this.all(`${SESSION} WHERE network_id = ? ORDER BY position`, networkId);
  }

  async session(id: string): Promise<SessionRecord | undefined> {
    return this.one(`${SESSION} WHERE id = ?`, id);
  }

  async sessionByBoard(boardId: string): Promise<SessionRecord | undefined> {
    return this.one(`${SESSION} WHERE board_id = ?`, boardId);
  }

  async addSession(s: SessionRecord): Promise<void> {
    this.writeSession('INSERT', s);
  }

  async updateSession(s: SessionRecord): Promise<void> {
    this.writeSession('UPDATE', s);
  }

  async deleteSession(id: string): Promise<void> {
    this.db.transaction(() => {
      this.run('DELETE FROM attendance WHERE session_id = ?', id);
      this.run('DELETE FROM network_sessions WHERE id = ?', id);
    })();
  }

  async reorderSessions(networkId: string, ids: string[]): Promise<void> {
    this.db.transaction(() => {
      ids.forEach((id, index) =>
        this.run(
          'UPDATE network_sessions SET position = ? WHERE id = ? AND network_id = ?',
          index + 1,
          id,
          networkId,
        ),
      );
    })();
  }

  async createInvite(i: InviteRecord): Promise<void> {
    this.run(
      `INSERT INTO invites (id, network_id, token_hash, role, comment_only, expires_at, max_uses, uses,
       revoked_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      i.id,
      i.networkId,
      i.tokenHash,
      i.role,
      i.commentOnly ? 1 : 0,
      i.expiresAt,
      i.maxUses,
      i.uses,
      i.revokedAt,
      i.createdAt,
    );
  }

  async listInvites(networkId: string): Promise<InviteRecord[]> {
    return this.all<InviteRecord>(`${INVITE} WHERE network_id = ? ORDER BY created_at`, networkId).map(
      (row) => withFlag(row)!,
    );
  }

  async invite(id: string): Promise<InviteRecord | undefined> {
    return withFlag(this.one<InviteRecord>(`${INVITE} WHERE id = ?`, id));
  }

  async inviteByTokenHash(tokenHash: string): Promise<InviteRecord | undefined> {
    return withFlag(this.one<InviteRecord>(`${INVITE} WHERE token_hash = ?`, tokenHash));
  }

  async revokeInvite(id: string, at: number): Promise<void> {
    this.run('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id);
  }

  async joinNetwork(p: PersonRecord, capacity: number): Promise<JoinResult> {
    try {
      return this.joinTransaction(p, capacity);
    } catch (error) {
      if (error instanceof NetworkFullError) return { ok: false, reason: 'full' };
      throw error;
    }
  }

  private joinTransaction(p: PersonRecord, capacity: number): JoinResult {
    return this.db.transaction((): JoinResult => {
      const counted = this.run(
        `UPDATE invites SET uses = uses + 1 WHERE id = ? AND revoked_at IS NULL
         AND (max_uses IS NULL OR uses < max_uses)`,
        p.inviteId,
      );
      if (counted.changes !== 1) {
        const invite = this.one<{ revoked: number }>(
          'SELECT revoked_at IS NOT NULL AS revoked FROM invites WHERE id = ?',
          p.inviteId,
        );
        return { ok: false, reason: !invite || invite.revoked ? 'unavailable' : 'used_up' };
      }
      if (p.role === 'participant' && this.participantCount(p.networkId) >= capacity) {
        // Throwing rolls back the counted use as well.
        throw new NetworkFullError();
      }
      this.run(
        `INSERT INTO people (id, network_id, device_id, invite_id, name, organisation, role, comment_only,
         joined_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        p.id,
        p.networkId,
        p.deviceId,
        p.inviteId,
        p.name,
        p.organisation,
        p.role,
        p.commentOnly ? 1 : 0,
        p.joinedAt,
        p.removedAt,
      );
      return { ok: true, person: p };
    })();
  }

  async listPeople(networkId: string): Promise<PersonRecord[]> {
    return this.all<PersonRecord>(`${PERSON} WHERE network_id = ? ORDER BY joined_at`, networkId).map((row) =>
      withFlag(row)!,
    );
  }

  async person(id: string): Promise<PersonRecord | undefined> {
    return withFlag(this.one<PersonRecord>(`${PERSON} WHERE id = ?`, id));
  }

  async peopleOfDevice(deviceId: string): Promise<PersonRecord[]> {
    return this.all<PersonRecord>(`${PERSON} WHERE device_id = ? ORDER BY joined_at`, deviceId).map((row) =>
      withFlag(row)!,
    );
  }

  async updatePerson(p: PersonRecord): Promise<void> {
    this.run(
      `UPDATE people SET name = ?, organisation = ?, role = ?, comment_only = ?, removed_at = ? WHERE id = ?`,
      p.name,
      p.organisation,
      p.role,
      p.commentOnly ? 1 : 0,
      p.removedAt,
      p.id,
    );
  }

  private participantCount(networkId: string): number {
    return this.one<{ n: number }>(
      `SELECT COUNT(*) AS n FROM people p JOIN invites i ON i.id = p.invite_id
       WHERE p.network_id = ? AND p.role = 'participant' AND p.removed_at IS NULL AND i.revoked_at IS NULL`,
      networkId,
    )!.n;
  }

  async countParticipants(networkId: string): Promise<number> {
    return this.participantCount(networkId);
  }

  async recordAttendance(
    r: Omit<AttendanceRecord, 'firstSeen' | 'lastSeen'> & { at: number },
  ): Promise<void> {
    this.run(
      `INSERT INTO attendance (session_id, user_id, name, role, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, user_id) DO UPDATE SET name = excluded.name, role = excluded.role,
       first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen)`,
      r.sessionId,
      r.userId,
      r.name,
      r.role,
      r.at,
      r.at,
    );
  }

  async listAttendance(networkId: string): Promise<AttendanceRecord[]> {
    return this.all(
      `SELECT a.session_id AS sessionId, a.user_id AS userId, a.name, a.role, a.first_seen AS firstSeen,
       a.last_seen AS lastSeen FROM attendance a JOIN network_sessions s ON s.id = a.session_id
       WHERE s.network_id = ? ORDER BY s.position, a.name`,
      networkId,
    );
  }

  /** The connection belongs to the board store, which closes it. */
  close(): Promise<void> {
    return Promise.resolve();
  }
}
