// The evidence for a decision that is still open (P7's heap and the canvas issue's first render): what a
// 5,000-note board costs in four ways of laying an item out in the Yjs document. Not a scenario of
// `pnpm bench`; run it with
//   cd server && node --expose-gc --conditions=source --import tsx bench/item-layouts.ts
// Each layout runs in a process of its own, so one layout's garbage never counts against another.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { createBoardDoc, getItemsMap, readItems, writeItemMap, type Sticky } from '@werkplaats/shared';
import { buildBoard } from './lib/board-fixture.js';
import { heapAfterGc } from './lib/heap.js';
import { summarizeSamples } from './lib/histogram.js';

const NOTES = 5_000;
const BATCH = 100;
const RUNS = 5;
const GEOMETRY = new Set(['x', 'y', 'w', 'h', 'rotation']);

/** P7's board, as records, so every layout holds the same notes. */
const notes = readItems(buildBoard(NOTES, BATCH).doc).items as Sticky[];

/** Writes every note into `doc`, `BATCH` to a transaction, with `write` laying out one note. */
function fill(doc: Y.Doc, write: (items: Y.Map<unknown>, note: Sticky) => void): void {
  const items = getItemsMap(doc) as Y.Map<unknown>;
  for (let start = 0; start < NOTES; start += BATCH) {
    doc.transact(() => {
      for (const note of notes.slice(start, start + BATCH)) write(items, note);
    });
  }
}

const LAYOUTS: Record<string, { about: string; write: (items: Y.Map<unknown>, note: Sticky) => void }> = {
  today: {
    about:
      'a Y.Map per item, a key per stored field (not the id, nor fields at their default), the text a Y.Text',
    write: (items, note) => items.set(note.id, writeItemMap(note)),
  },
  grouped: {
    about: 'a Y.Map per item with 5 keys (geometry, the other fields, z, locked) and the Y.Text',
    write: (items, note) => {
      const { text, z, locked, ...rest } = note;
      const geometry: Record<string, unknown> = {};
      const fields: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(rest)) (GEOMETRY.has(key) ? geometry : fields)[key] = value;
      const map = new Y.Map<unknown>();
      map.set('geometry', geometry);
      map.set('fields', fields);
      map.set('z', z);
      map.set('locked', locked);
      map.set('text', new Y.Text(text));
      items.set(note.id, map);
    },
  },
  'record + text': {
    about: 'each item one plain value (last writer wins per item), its text a Y.Text beside it',
    write: (items, note) => {
      const { text, ...record } = note;
      items.set(note.id, record);
      items.doc!.getMap('texts').set(note.id, new Y.Text(text));
    },
  },
  record: {
    about: 'each item one plain value, text included (concurrent typing: last writer wins)',
    write: (items, note) => items.set(note.id, note),
  },
};

/** Measures one layout: encoded size, time to apply the board to an empty document, heap it holds. */
function measure(name: string): void {
  const layout = LAYOUTS[name]!;
  const update = (() => {
    const doc = createBoardDoc();
    fill(doc, layout.write);
    return Y.encodeStateAsUpdate(doc);
  })();
  const applyMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const doc = new Y.Doc();
    const started = performance.now();
    Y.applyUpdate(doc, update);
    applyMs.push(performance.now() - started);
  }
  const before = heapAfterGc().heapUsedMb;
  const held = new Y.Doc();
  Y.applyUpdate(held, update);
  const heapMb = heapAfterGc().heapUsedMb - before;
  console.log(
    `| ${name.padEnd(13)} | ${(update.byteLength / 1024).toFixed(0).padStart(7)} kB | ` +
      `${summarizeSamples(applyMs).p50Ms.toFixed(0).padStart(6)} ms | ${heapMb.toFixed(1).padStart(7)} MB | ${layout.about} |`,
  );
  held.destroy();
}

const only = process.argv[2];
if (only) {
  measure(only);
} else {
  console.log(
    `${NOTES} sticky notes, ${BATCH} per transaction; apply: median of ${RUNS}, Node ${process.version}`,
  );
  console.log('| layout        | encoded    | apply     | heap       | how |');
  console.log('| ------------- | ---------: | --------: | ---------: | --- |');
  for (const name of Object.keys(LAYOUTS)) {
    spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    });
  }
}
