import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getContainer } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { stepKey } from '../facilitation/session-state.js';
import { createItems } from '../ops/create-items.js';
import { boardContentUpdate, readBoardContent } from './board-content.js';
import {
  BOARD_FILE_KIND,
  EXPORT_FORMAT_VERSION,
  NETWORK_FILE_KIND,
  parseBoardFile,
  parseNetworkFile,
} from './network-file.js';

function sampleDoc(): Y.Doc {
  const doc = createBoardDoc();
  createItems(
    doc,
    [
      { type: 'frame', id: 'f1', x: 0, y: 0, w: 800, h: 600, title: 'Ideeën', fill: 'white' },
      { type: 'sticky', id: 's1', x: 10, y: 10, color: 'pink', text: 'Één "idee"\n💡', anonymous: true },
      { type: 'shape', id: 'sh', x: 300, y: 10, kind: 'ellipse', fill: 'green', stroke: 'red', text: '=1+1' },
    ],
    { userId: 'u1', name: 'Eva' },
    createLocalOrigin('u1'),
  );
  getContainer(doc, 'votes').set('v1', {
    id: 'v1',
    title: 'Stem',
    budget: 3,
    maxPerItem: 1,
    startedAt: 5,
    revealedAt: 9,
    totals: { s1: 2 },
    voters: 2,
  });
  getContainer(doc, 'session').set(stepKey('st1'), {
    id: 'st1',
    frameId: 'f1',
    title: 'Brainstorm',
    instruction: 'Schrijf',
    minutes: 15,
    modes: { timer: true, private: true, vote: false, follow: false },
    order: 1,
    skipped: false,
  });
  return doc;
}

function boardFile(board: unknown, overrides: Record<string, unknown> = {}) {
  return { kind: BOARD_FILE_KIND, version: EXPORT_FORMAT_VERSION, exportedAt: 'now', board, ...overrides };
}

describe('board content', () => {
  it('reads back the same after writing it into a new board', () => {
    const content = readBoardContent(sampleDoc(), 'Week 1');
    expect(content.items).toHaveLength(3);
    expect(content.votes).toHaveLength(1);
    expect(content.steps).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, boardContentUpdate(content));
    expect(readBoardContent(copy, 'Week 1')).toEqual(content);
    // Text stays a Y.Text, so people can keep typing into imported notes together.
    expect(
      (copy.getMap('board').get('items') as Y.Map<Y.Map<unknown>>).get('s1')!.get('text'),
    ).toBeInstanceOf(Y.Text);
  });

  it('survives JSON and validation unchanged', () => {
    const content = readBoardContent(sampleDoc(), 'Week 1');
    const parsed = parseBoardFile(JSON.parse(JSON.stringify(boardFile(content))));
    expect(parsed).toEqual({ ok: true, file: boardFile(content) });
  });
});

describe('parseBoardFile and parseNetworkFile', () => {
  const content = readBoardContent(sampleDoc(), 'Week 1');

  it('refuse a file of another kind, naming it', () => {
    const result = parseNetworkFile(boardFile(content));
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_format' } });
    expect(!result.ok && result.error.message).toContain('"werkplaats/board"');
    expect(parseBoardFile('just text')).toMatchObject({ ok: false, error: { code: 'wrong_format' } });
  });

  it('refuse a newer version with a message saying so', () => {
    const result = parseBoardFile(boardFile(content, { version: EXPORT_FORMAT_VERSION + 1 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'newer_version' } });
    expect(!result.ok && result.error.message).toContain('newer Werkplaats');
  });

  it('refuse an invalid item or a repeated id, pointing at it', () => {
    const broken = { ...content, items: [...content.items, { ...content.items[0], type: 'hologram' }] };
    expect(parseBoardFile(boardFile(broken))).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'board.items.3: unknown item type "hologram"' },
    });
    const repeated = { ...content, items: [...content.items, content.items[1]] };
    expect(parseBoardFile(boardFile(repeated))).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'board.items.3.id: repeated item id' },
    });
  });

  it('accept a whole network', () => {
    const file = {
      kind: NETWORK_FILE_KIND,
      version: EXPORT_FORMAT_VERSION,
      exportedAt: '2026-12-05T00:00:00.000Z',
      network: {
        title: 'Netwerk',
        theme: '',
        description: '',
        language: 'nl',
        timeZone: 'Europe/Brussels',
        capacity: 18,
        startDate: '2026-10-01',
        organiser: 'Fien',
      },
      sessions: [
        {
          position: 1,
          title: 'Week 1',
          date: '2026-10-01',
          time: '10:00',
          durationMinutes: 120,
          board: content,
        },
      ],
      templates: [],
    };
    expect(parseNetworkFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file });
    const badDate = { ...file, sessions: [{ ...file.sessions[0], date: '1 oktober' }] };
    expect(parseNetworkFile(badDate)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'sessions.0.date: expected YYYY-MM-DD' },
    });
  });
});
