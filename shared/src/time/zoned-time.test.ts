import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, isTimeZone, zonedTimeToInstant } from './zoned-time.js';

describe('zonedTimeToInstant', () => {
  it('reads wall time in the network zone, winter and summer', () => {
    expect(new Date(zonedTimeToInstant('2026-01-13', '10:00', 'Europe/Brussels')).toISOString()).toBe(
      '2026-01-13T09:00:00.000Z',
    );
    expect(new Date(zonedTimeToInstant('2026-07-07', '10:00', 'Europe/Brussels')).toISOString()).toBe(
      '2026-07-07T08:00:00.000Z',
    );
    expect(new Date(zonedTimeToInstant('2026-07-07', '10:00', 'America/New_York')).toISOString()).toBe(
      '2026-07-07T14:00:00.000Z',
    );
    expect(new Date(zonedTimeToInstant('2026-07-07', '10:00', 'UTC')).toISOString()).toBe(
      '2026-07-07T10:00:00.000Z',
    );
  });

  it('gives a skipped hour the summer offset and a repeated hour its first occurrence', () => {
    // Brussels: 29 March 2026 02:00 → 03:00; 25 October 2026 03:00 → 02:00.
    expect(new Date(zonedTimeToInstant('2026-03-29', '02:30', 'Europe/Brussels')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(zonedTimeToInstant('2026-10-25', '02:30', 'Europe/Brussels')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('handles the days around the change like any other', () => {
    expect(new Date(zonedTimeToInstant('2026-03-28', '23:30', 'Europe/Brussels')).toISOString()).toBe(
      '2026-03-28T22:30:00.000Z',
    );
    expect(new Date(zonedTimeToInstant('2026-03-29', '03:30', 'Europe/Brussels')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(zonedTimeToInstant('2026-10-25', '03:30', 'Europe/Brussels')).toISOString()).toBe(
      '2026-10-25T02:30:00.000Z',
    );
  });
});

describe('isTimeZone', () => {
  it('accepts IANA zones and refuses the rest', () => {
    expect(isTimeZone(DEFAULT_TIME_ZONE)).toBe(true);
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    for (const zone of ['', 'Brussels', 'Europe/Nowhere', '+01:00x']) expect(isTimeZone(zone)).toBe(false);
  });
});
