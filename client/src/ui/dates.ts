import { INTL_LOCALES, type Locale } from '@werkplaats/shared';

/** `YYYY-MM-DD` of a moment in this browser's time zone. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** "dinsdag 6 oktober" / "Tuesday 6 October": session dates as people say them. */
export function formatDay(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${isoDate}T12:00:00`));
}

/** "10:00–12:00". */
export function formatTimeRange(time: string, durationMinutes: number): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const end = hours * 60 + minutes + durationMinutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time}–${pad(Math.floor(end / 60) % 24)}:${pad(end % 60)}`;
}

export function addDays(isoDate: string, days: number): string {
  const day = new Date(`${isoDate}T12:00:00`);
  day.setDate(day.getDate() + days);
  return localDate(day);
}

/** The zone this browser shows times in. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "Central European Time" / "Midden-Europese tijd": a zone named the way people say it. */
export function zoneName(locale: Locale, zone: string): string {
  const parts = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone: zone,
    timeZoneName: 'longGeneric',
  }).formatToParts(Date.now());
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/**
 * A session's time range, as planned in the network's zone. Someone reading it in another zone also
 * sees which zone the times are in, rather than a silently converted time that differs from the
 * facilitator's invitation.
 */
export function formatSessionTime(
  locale: Locale,
  time: string,
  durationMinutes: number,
  networkZone: string,
  viewerZone = viewerTimeZone(),
): string {
  const range = formatTimeRange(time, durationMinutes);
  return networkZone === viewerZone ? range : `${range} (${zoneName(locale, networkZone)})`;
}
