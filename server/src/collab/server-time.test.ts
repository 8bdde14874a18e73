import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MESSAGE_SERVER_TIME } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  createBoard,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let boardId: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server);
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

it('answers a clock request with its id and the server’s time in ms', async () => {
  const raw = await rawSocket(server, boardId, { name: 'Clock', role: 'observer' });
  const request = encoding.createEncoder();
  encoding.writeVarUint(request, MESSAGE_SERVER_TIME);
  encoding.writeVarUint(request, 4711);
  const before = Date.now();
  raw.ws.send(encoding.toUint8Array(request));
  await waitFor(() => raw.messages.some((m) => m[0] === MESSAGE_SERVER_TIME), 'the answer');
  const after = Date.now();
  const decoder = decoding.createDecoder(raw.messages.find((m) => m[0] === MESSAGE_SERVER_TIME)!);
  decoding.readVarUint(decoder);
  expect(decoding.readVarUint(decoder)).toBe(4711);
  const serverNow = decoding.readFloat64(decoder);
  expect(serverNow).toBeGreaterThanOrEqual(before);
  expect(serverNow).toBeLessThanOrEqual(after);
  expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  raw.ws.close();
});
