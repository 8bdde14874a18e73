import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, createLocalOrigin } from '@werkplaats/shared';
import { syncUpdateMessage } from './collab/messages.js';
import type { RunningServer } from './server.js';
import {
  connectClient,
  createBoard,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  waitForSync,
  type TestClient,
} from './server.test-helpers.js';

const TOKEN = 'metrics-token-0123456789';
let dataDir: string;
let server: RunningServer;
let boardId: string;
let ana: TestClient;

function scrape(token?: string): Promise<Response> {
  return fetch(`${server.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/** The value of one sample line, e.g. `werkplaats_connections 2`. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, { metricsToken: TOKEN });
  boardId = await createBoard(server, 'Secret network title');
  ana = connectClient(server, boardId, { name: 'Ana Secretname' });
  await waitForSync(ana);
});

afterAll(async () => {
  ana.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('GET /metrics', () => {
  it('counts connections, boards, stored and refused updates and store latency, and names nobody', async () => {
    createItem(
      ana.doc,
      { type: 'sticky', x: 0, y: 0, text: 'private words' },
      { userId: 'a', name: 'A' },
      createLocalOrigin('a'),
    );
    // An observer's edit is refused by the gate.
    const observer = await rawSocket(server, boardId, { name: 'Olga', role: 'observer' });
    const forged = new Y.Doc();
    forged.getMap('x').set('y', 1);
    observer.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(forged)));
    let text = '';
    for (let tries = 0; tries < 100; tries++) {
      text = await (await scrape(TOKEN)).text();
      if (
        text.includes('werkplaats_updates_refused_total{reason=') &&
        sample(text, 'werkplaats_updates_stored_total') > 0
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(sample(text, 'werkplaats_connections')).toBe(2);
    expect(sample(text, 'werkplaats_boards_loaded')).toBe(1);
    expect(sample(text, 'werkplaats_updates_stored_total')).toBeGreaterThan(0);
    expect(text).toMatch(/werkplaats_updates_refused_total\{reason="[^"]+"\} 1/);
    expect(text).toMatch(/werkplaats_store_seconds_bucket\{le="0.01",operation="appendUpdate"\} \d+/);
    expect(text).toContain('process_resident_memory_bytes');
    for (const secret of [boardId, 'Secretname', 'Secret network', 'private words', 'Olga']) {
      expect(text).not.toContain(secret);
    }
    observer.ws.close();
  });

  it('needs the bearer token, and does not exist without one configured', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('wrong-token-0123456789xx')).status).toBe(401);
    const bareDir = tempDataDir();
    const bare = await startTestServer(bareDir);
    try {
      const response = await fetch(`${bare.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(404);
    } finally {
      await bare.close();
      removeDir(bareDir);
    }
  });
});
