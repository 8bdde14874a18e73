import type { Locale, ProgrammeId, Role, ThemePackId } from '@werkplaats/shared';
import { request } from './http';

export interface Session {
  id: string;
  networkId: string;
  position: number;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`. */
  time: string;
  durationMinutes: number;
  boardId: string;
}

export interface Network {
  id: string;
  title: string;
  theme: string;
  description: string;
  language: Locale;
  /** IANA zone the network meets in; session dates and times are wall times there. */
  timeZone: string;
  capacity: number;
  startDate: string;
  archivedAt: number | null;
  sessions: Session[];
  participants: number;
  role?: Role;
}

export type NetworkFields = Pick<
  Network,
  'title' | 'theme' | 'description' | 'language' | 'timeZone' | 'capacity' | 'startDate'
>;
export type SessionFields = Pick<Session, 'title' | 'date' | 'time' | 'durationMinutes'>;

export interface Person {
  id: string;
  name: string;
  organisation: string | null;
  role: 'participant' | 'expert' | 'observer';
  commentOnly: boolean;
  inviteId: string;
  joinedAt: number;
  removedAt: number | null;
  hasAccess: boolean;
}

export interface Attendance {
  sessionId: string;
  userId: string;
  name: string;
  role: string;
  firstSeen: number;
  lastSeen: number;
}

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export const listNetworks = (signal?: AbortSignal) =>
  request<Network[]>('GET', '/api/networks', undefined, signal);
export const getNetwork = (id: string, signal?: AbortSignal) =>
  request<Network>('GET', base(id), undefined, signal);
/** Creates a network; its session boards are laid out from `programme` (and `themePack`) when given. */
export const createNetwork = (fields: NetworkFields & { programme?: ProgrammeId; themePack?: ThemePackId }) =>
  request<Network>('POST', '/api/networks', fields);
export const updateNetwork = (id: string, fields: Partial<NetworkFields>) =>
  request<Network>('PATCH', base(id), fields);
export const archiveNetwork = (id: string) => request<Network>('POST', `${base(id)}/archive`);

export const addSession = (networkId: string, fields: SessionFields) =>
  request<Session>('POST', `${base(networkId)}/sessions`, fields);
export const updateSession = (networkId: string, sessionId: string, fields: Partial<SessionFields>) =>
  request<Session>('PATCH', `${base(networkId)}/sessions/${sessionId}`, fields);
export const deleteSession = (networkId: string, sessionId: string) =>
  request<void>('DELETE', `${base(networkId)}/sessions/${sessionId}`);
export const reorderSessions = (networkId: string, ids: string[]) =>
  request<Session[]>('PUT', `${base(networkId)}/sessions/order`, { ids });

export const listPeople = (networkId: string) => request<Person[]>('GET', `${base(networkId)}/people`);
export const removePerson = (networkId: string, personId: string) =>
  request<void>('DELETE', `${base(networkId)}/people/${personId}`);
export const getAttendance = (networkId: string) =>
  request<Attendance[]>('GET', `${base(networkId)}/attendance`);
