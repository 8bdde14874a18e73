import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  createBoardDoc,
  createItem,
  createLocalOrigin,
  isBoardDoc,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_PRIVATE,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SERVER_TIME,
  PRIVATE_MESSAGE,
  readItems,
  type Role,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  connectClient,
  createBoard,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
} from '../server.test-helpers.js';
import { seededRandom, watchEventLoop } from './hostile.test-helpers.js';
import { syncStep1Message, syncStep2Message, syncUpdateMessage } from './messages.js';

/** `FUZZ_FRAMES=100000 FUZZ_SEED=7 npx vitest run server/src/collab/fuzz.test.ts` for a long run. */
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 600);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

let dataDir: string;
let server: RunningServer;
let boardId: string;

function wrap(type: number, ...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

/** Well-formed messages of every kind a client sends: the seeds the mutations start from. */
function corpus(): Uint8Array[] {
  const doc = createBoardDoc();
  const before = Y.encodeStateVector(doc);
  createItem(
    doc,
    { type: 'sticky', x: 3, y: 4, text: 'fuzz' },
    { userId: 'f', name: 'F' },
    createLocalOrigin('f'),
  );
  const update = Y.encodeStateAsUpdate(doc, before);
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ cursor: { x: 1, y: 2 }, user: { name: 'x' } });
  const presence = encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  const privateDoc = new Y.Doc();
  privateDoc.getMap('notes').set('n1', new Y.Map());
  return [
    syncStep1Message(doc),
    syncStep2Message(doc, new Uint8Array([0])),
    syncUpdateMessage(update),
    wrap(MESSAGE_AWARENESS, presence),
    wrap(MESSAGE_QUERY_AWARENESS),
    wrap(MESSAGE_AUTH, 0),
    wrap(MESSAGE_SERVER_TIME, 42),
    wrap(MESSAGE_PRIVATE, PRIVATE_MESSAGE.sync, 0, Y.encodeStateVector(privateDoc)),
    wrap(MESSAGE_PRIVATE, PRIVATE_MESSAGE.sync, 2, Y.encodeStateAsUpdate(privateDoc)),
    wrap(MESSAGE_PRIVATE, PRIVATE_MESSAGE.watchCounts),
    wrap(MESSAGE_PRIVATE, PRIVATE_MESSAGE.reveal, 1),
  ];
}

/** One mutation of a seed message: byte flips, truncation, insertion, huge varuints, or plain noise. */
function mutate(random: () => number, seed: Uint8Array): Uint8Array {
  const bytes = [...seed];
  const at = () => Math.floor(random() * Math.max(1, bytes.length));
  const kind = Math.floor(random() * 6);
  if (kind === 0) for (let i = 0; i < 1 + random() * 4; i++) bytes[at()] = Math.floor(random() * 256);
  if (kind === 1) bytes.length = at();
  if (kind === 2)
    bytes.splice(at(), 0, ...Array.from({ length: 1 + random() * 8 }, () => Math.floor(random() * 256)));
  // A varuint close to 2^53 where a count or a length is expected.
  if (kind === 3) bytes.splice(at(), 1, 255, 255, 255, 255, 255, 255, 255, 15);
  if (kind === 4) bytes.splice(at(), 0, ...bytes.slice(at(), at() + 16));
  if (kind === 5)
    return new Uint8Array(Array.from({ length: random() * 64 }, () => Math.floor(random() * 256)));
  return new Uint8Array(bytes);
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server);
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

describe('fuzzing sync, awareness and private frames', () => {
  it(
    `survives ${FRAMES} mutated frames (seed ${SEED}) as participant and observer`,
    { timeout: 600_000 },
    async () => {
      const random = seededRandom(SEED);
      const seeds = corpus();
      const roles: Role[] = ['participant', 'observer', 'facilitator'];
      // Watched from the first open socket on: loading the board the first time is not under test.
      let socket = await rawSocket(server, boardId, { name: 'Fuzz', role: 'participant' });
      const loop = watchEventLoop();
      let closes = 0;
      for (let i = 0; i < FRAMES; i++) {
        if (socket.ws.readyState !== socket.ws.OPEN) {
          closes++;
          const role = roles[Math.floor(random() * roles.length)]!;
          socket = await rawSocket(server, boardId, { name: `Fuzz ${role}`, role });
        }
        const frame = mutate(random, seeds[Math.floor(random() * seeds.length)]!);
        socket.ws.send(frame);
        // A short pause now and then lets the server answer, so closes are noticed before the next frame.
        if (i % 8 === 7) await new Promise((resolve) => setTimeout(resolve, 2));
      }
      socket.ws.close();
      const stalledMs = loop.stop();
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { status: string };
      expect(health.status, `seed ${SEED}`).toBe('ok');
      expect(stalledMs, `seed ${SEED}: longest event-loop stall`).toBeLessThan(100);
      expect(closes, 'some mutations must have been refused').toBeGreaterThan(0);
      // The board still works for a well-behaved client, whatever the fuzzed ones left in it.
      const ana = connectClient(server, boardId, { name: 'Ana' });
      await waitForSync(ana);
      createItem(
        ana.doc,
        { type: 'sticky', x: 0, y: 0, text: 'after fuzz' },
        { userId: 'a', name: 'A' },
        createLocalOrigin('a'),
      );
      const ben = connectClient(server, boardId, { name: 'Ben' });
      await waitForSync(ben);
      const texts = (doc: Y.Doc) =>
        isBoardDoc(doc)
          ? readItems(doc).items.flatMap((item) => (item.type === 'sticky' ? [item.text] : []))
          : [];
      await waitFor(() => texts(ben.doc).includes('after fuzz'), 'a note after the fuzz run');
      ana.destroy();
      ben.destroy();
    },
  );
});
