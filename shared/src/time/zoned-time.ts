/** The time zone a network meets in when its facilitator names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far `zone`'s wall clock is ahead of UTC at the instant `at`, in ms. */
function offsetAt(at: number, zone: string): number {
  let format = partsFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (at - (at % 1000));
}

const DAY_MS = 86_400_000;

/**
 * The instant at which the wall clock in `zone` shows `date` (`YYYY-MM-DD`) and `time` (`HH:MM`). A
 * session planned at 10:00 in Brussels starts at 10:00 Brussels time whatever zone the server runs
 * in. A time the clock skips (spring forward) moves forward by the gap, and a time the clock shows
 * twice (fall back) is its first occurrence, as calendars do.
 */
export function zonedTimeToInstant(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Zones change offset at most once a day, so the offsets a day either side are the only candidates.
  const before = wall - offsetAt(wall - DAY_MS, zone);
  const after = wall - offsetAt(wall + DAY_MS, zone);
  const shows = (at: number) => offsetAt(at, zone) === wall - at;
  const valid = [before, after].filter(shows);
  return valid.length > 0 ? Math.min(...valid) : before;
}
