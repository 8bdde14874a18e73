import { zonedTimeToInstant } from '@werkplaats/shared';
import type { RoomManager } from '../collab/room-manager.js';
import type { Identity } from '../identity/identity.js';
import type { Logger } from '../log.js';
import type { DirectoryStore, SessionRecord } from '../storage/directory-store.js';

/** How often open connections are noted while a session runs. */
export const DEFAULT_ATTENDANCE_INTERVAL_MS = 60_000;

/** Whether `at` falls in the session's scheduled time, read in the network's time zone. */
export function isDuringSession(session: SessionRecord, timeZone: string, at: number): boolean {
  const start = zonedTimeToInstant(session.date, session.time, timeZone);
  return at >= start && at < start + session.durationMinutes * 60_000;
}

/**
 * Attendance: who was connected to a session's board during its scheduled time. Noted when someone
 * connects and then every interval while they stay, so both a late arrival and a whole meeting show.
 */
export class AttendanceRecorder {
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly directory: DirectoryStore,
    private readonly rooms: RoomManager,
    private readonly log: Logger,
    intervalMs = DEFAULT_ATTENDANCE_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => void this.sweep(), intervalMs);
    this.timer.unref();
  }

  /** Notes one connection now, if its board belongs to a session that is running. */
  async record(boardId: string, identity: Identity, at = Date.now()): Promise<void> {
    try {
      const session = await this.directory.sessionByBoard(boardId);
      if (!session) return;
      const network = await this.directory.network(session.networkId);
      if (!network || !isDuringSession(session, network.timeZone, at)) return;
      await this.directory.recordAttendance({
        sessionId: session.id,
        userId: identity.userId,
        name: identity.name,
        role: identity.role,
        at,
      });
    } catch (error) {
      // Attendance is a record for the facilitator; failing to note it must not disturb the meeting.
      this.log.warn('attendance.failed', { boardId, error: String(error) });
    }
  }

  private async sweep(): Promise<void> {
    for (const { boardId, identity } of await this.rooms.connectedPeers())
      await this.record(boardId, identity);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
