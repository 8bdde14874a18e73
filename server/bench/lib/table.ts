import type { Row, Unit } from '../scenarios/types.js';

const HEADER = ['figure', 'ours', 'reference', 'ratio', 'yjs floor', 'target', 'met?'];

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
    case 'per-second':
      return `${Math.round(value).toLocaleString('en-US')}/s`;
    case 'MB':
      return `${value.toFixed(0)} MB`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'percent':
      return `${value.toFixed(Math.abs(value) < 10 ? 1 : 0)} %`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
  }
}

/** ours ÷ reference: below 1 is faster for latencies, above 1 is more for throughput. */
function ratio(row: Row): string {
  if (row.ours === null || row.reference === null || row.reference === 0) return '—';
  return `${(row.ours / row.reference).toFixed(2)}×`;
}

function cells(row: Row): string[] {
  return [
    row.figure,
    formatValue(row.ours, row.unit),
    formatValue(row.reference, row.unit),
    ratio(row),
    formatValue(row.floor, row.unit),
    row.target ?? '—',
    row.met === null ? '—' : row.met ? 'yes' : 'NO',
  ];
}

/** A Markdown table, padded so it also reads well in a terminal. */
export function renderTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((title, i) => Math.max(title.length, ...body.map((line) => line[i]!.length)));
  const line = (values: string[]) =>
    `| ${values.map((value, i) => (i === 0 || i >= 5 ? value.padEnd(widths[i]!) : value.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i === 0 || i >= 5 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(HEADER), rule, ...body.map(line)].join('\n');
}
