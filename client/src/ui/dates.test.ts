import { describe, expect, it } from 'vitest';
import { addDays, formatDay, formatSessionTime, formatTimeRange, localDate } from './dates';

describe('session dates', () => {
  it('formats days and time ranges as people read them', () => {
    expect(formatDay('nl', '2026-10-06')).toBe('dinsdag 6 oktober');
    expect(formatDay('en', '2026-10-06')).toBe('Tuesday 6 October');
    expect(formatTimeRange('10:00', 120)).toBe('10:00–12:00');
    expect(formatTimeRange('23:30', 60)).toBe('23:30–00:30');
  });

  it('counts days in the calendar, across month ends', () => {
    expect(addDays('2026-10-27', 7)).toBe('2026-11-03');
    expect(localDate(new Date(2026, 0, 5, 9))).toBe('2026-01-05');
  });
});

describe('session times', () => {
  it('name the network zone only for someone reading them in another zone', () => {
    expect(formatSessionTime('en', '10:00', 120, 'Europe/Brussels', 'Europe/Brussels')).toBe('10:00–12:00');
    expect(formatSessionTime('en', '10:00', 120, 'Europe/Brussels', 'Europe/Lisbon')).toBe(
      '10:00–12:00 (Central European Time)',
    );
    expect(formatSessionTime('nl', '10:00', 120, 'Europe/Brussels', 'Europe/Lisbon')).toBe(
      '10:00–12:00 (Midden-Europese tijd)',
    );
  });
});
