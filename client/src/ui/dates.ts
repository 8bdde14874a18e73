import type { Locale } from '@werkplaats/shared';

/** `YYYY-MM-DD` of a moment in this browser's time zone. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** "dinsdag 6 oktober" / "Tuesday 6 October": session dates as people say them. */
export function formatDay(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', {
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
