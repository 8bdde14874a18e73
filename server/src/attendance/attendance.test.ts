import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../storage/directory-store.js';
import { isDuringSession } from './attendance.js';

const session: SessionRecord = {
  id: 's1',
  networkId: 'n1',
  position: 1,
  title: 'Week 1',
  date: '2026-10-27',
  time: '10:00',
  durationMinutes: 120,
  boardId: 'b1',
};

describe('isDuringSession', () => {
  it("reads the planned time in the network's zone, whatever zone the server runs in", () => {
    // 10:00–12:00 in Brussels on 27 October 2026 (winter time) is 09:00–11:00 UTC.
    const at = (iso: string) => Date.parse(iso);
    expect(isDuringSession(session, 'Europe/Brussels', at('2026-10-27T08:59:59Z'))).toBe(false);
    expect(isDuringSession(session, 'Europe/Brussels', at('2026-10-27T09:00:00Z'))).toBe(true);
    expect(isDuringSession(session, 'Europe/Brussels', at('2026-10-27T10:59:59Z'))).toBe(true);
    expect(isDuringSession(session, 'Europe/Brussels', at('2026-10-27T11:00:00Z'))).toBe(false);
    expect(isDuringSession(session, 'Europe/Lisbon', at('2026-10-27T09:30:00Z'))).toBe(false);
    expect(isDuringSession(session, 'Europe/Lisbon', at('2026-10-27T10:30:00Z'))).toBe(true);
  });
});
