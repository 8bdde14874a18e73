import type {
  DirectoryStore,
  NetworkRecord,
  PersonRecord,
  SessionRecord,
} from '../storage/directory-store.js';

export interface Qualified {
  person: PersonRecord;
  sessions: SessionRecord[];
}

/**
 * Participants who were on at least `required` of the network's session boards during their time, as
 * attendance recorded it; removed people are left out. In the order they joined.
 */
export async function qualifyingParticipants(
  directory: DirectoryStore,
  network: NetworkRecord,
  required: number,
): Promise<Qualified[]> {
  const sessions = await directory.listSessions(network.id);
  const attendance = await directory.listAttendance(network.id);
  const people = (await directory.listPeople(network.id)).filter(
    (person) => person.role === 'participant' && person.removedAt === null,
  );
  return people
    .map((person) => {
      const seen = new Set(attendance.filter((row) => row.userId === person.id).map((row) => row.sessionId));
      return { person, sessions: sessions.filter((session) => seen.has(session.id)) };
    })
    .filter((entry) => entry.sessions.length >= required && entry.sessions.length > 0);
}

/** A file name part that any archive tool and file system accepts. */
export function slug(text: string, fallback: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return plain || fallback;
}
