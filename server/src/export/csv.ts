/** Byte order mark: without it Excel reads UTF-8 as the local code page and garbles accents. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, or
 * a tab or carriage return that some programs skip first) gets a leading apostrophe, the usual
 * neutraliser; numbers we computed ourselves are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: BOM, a header row, CRLF line ends (RFC 4180). */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
