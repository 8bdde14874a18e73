import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, UTF8_BOM } from './csv.js';
import { notesCsv, votesCsv } from './data-csv.js';
import { sampleNetworkFile, TRICKY } from './export.test-helpers.js';

/** A strict RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  expect(row).toEqual([]);
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+32 470')).toBe("'+32 470");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('café 💡')).toBe('café 💡');
  });

  it('writes a BOM and CRLF rows', () => {
    expect(csvFile(['a', 'b'], [['x', 1]])).toBe(`${UTF8_BOM}a,b\r\nx,1\r\n`);
  });
});

describe('notesCsv', () => {
  const notes = records(notesCsv(sampleNetworkFile()));
  const byText = (text: string) => notes.find((row) => row.text === text || row.text === `'${text}`);

  it('has one row per note of every session, with its network, week, date and frame', () => {
    expect(notes).toHaveLength(13);
    const accents = byText(TRICKY.accents)!;
    expect(accents).toMatchObject({
      network: 'Leren & "delen" <netwerk>',
      week: '1',
      session_date: '2026-10-01',
      session: 'Kennismaking',
      frame: 'Ideeën',
      colour: 'blue',
      author: 'Griet Van Damme',
      votes: '4',
    });
    expect(accents.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(byText('Bellen met de school')!.frame).toBe('Actieplan › Nu');
    expect(byText('Los briefje')!.frame).toBe('');
  });

  it('keeps quotes, line breaks, emoji and accents exactly', () => {
    for (const text of [TRICKY.quotes, TRICKY.newlines, TRICKY.emoji, TRICKY.accents, TRICKY.markup]) {
      expect(notes.some((row) => row.text === text)).toBe(true);
    }
  });

  it('neutralises formulas and names nobody for anonymous notes', () => {
    expect(byText(TRICKY.formula)!.text).toBe(`'${TRICKY.formula}`);
    expect(byText(TRICKY.minus)!.text).toBe(`'${TRICKY.minus}`);
    expect(byText(TRICKY.at)!.text).toBe(`'${TRICKY.at}`);
    expect(byText(TRICKY.plus)).toMatchObject({ text: `'${TRICKY.plus}`, author: 'anonymous' });
  });
});

describe('votesCsv', () => {
  it('lists revealed totals with ranks and never an unrevealed vote', () => {
    const votes = records(votesCsv(sampleNetworkFile()));
    expect(votes.map((row) => [row.item_id, row.dots, row.rank])).toEqual([
      ['n-accents', '4', '1'],
      ['n-emoji', '4', '1'],
      ['n-quotes', '1', '3'],
    ]);
    expect(votes[0]).toMatchObject({
      vote: 'Beste idee',
      frame: 'Ideeën',
      item_text: TRICKY.accents,
      voters: '3',
      revealed_at: '1970-01-01T00:00:03.000Z',
    });
    expect(votes.some((row) => row.vote === 'Nog bezig')).toBe(false);
  });
});
