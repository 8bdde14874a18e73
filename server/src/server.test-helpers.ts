import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WebSocket, type ClientOptions } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { loadConfig, type Config } from './config.js';
import { startServer, type RunningServer, type ServerOverrides } from './server.js';
import { DATABASE_FILE } from './storage/sqlite/sqlite-board-store.js';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'werkplaats-test-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    ...overrides,
  };
}

/** A real server on a free port with a real SQLite file in `dataDir`. */
export function startTestServer(
  dataDir: string,
  overrides: Partial<Config> = {},
  parts: ServerOverrides = {},
): Promise<RunningServer> {
  return startServer(testConfig(dataDir, overrides), parts);
}

/** What SQLite holds for one board, read through a separate connection as an operator would. */
export function storedRows(
  dataDir: string,
  boardId: string,
): { updates: number; snapshot: string; upToSeq: number } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db
      .prepare<{ id: string }, { updates: number; snapshot: string; upToSeq: number }>(
        `SELECT (SELECT COUNT(*) FROM board_updates WHERE board_id = @id) AS updates,
                hex(data) AS snapshot, up_to_seq AS upToSeq
         FROM board_snapshots WHERE board_id = @id`,
      )
      .get({ id: boardId })!;
  } finally {
    db.close();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a test needs to reach a server: its base URL, and the setup link while it has no facilitator. */
export interface TestTarget {
  url: string;
  setupUrl?: string | undefined;
}

/** A server as the socket helpers reach it. */
export interface TestServer {
  port: number;
  setupUrl?: string | undefined;
}

export interface Who {
  name: string;
  role?: 'facilitator' | 'participant' | 'expert' | 'observer';
  /** For experts: invited to comment only. */
  commentOnly?: boolean;
}

export const TEST_PASSWORD = 'correct horse battery staple';
export const FACILITATOR_EMAIL = 'fien@example.org';
/** Facilitator login cookie per server URL, and per board the network it belongs to. */
const facilitatorCookies = new Map<string, Promise<string>>();
const boards = new Map<string, { networkId: string; facilitatorCookie: string }>();
const guests = new Map<string, Promise<string>>();

/** The `name=value` pairs a response set, as one `Cookie` header. */
export function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ');
}

/** A request as our client sends it: JSON, the CSRF header, and the given cookie. */
export async function api(
  baseUrl: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-werkplaats-csrf': '1',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

/**
 * Logs in as the server's first facilitator, setting them up through the one-time link if needed.
 * Remembered per server as a promise, so clients connecting at once share one setup.
 */
export function facilitatorCookie(server: TestTarget): Promise<string> {
  let cookie = facilitatorCookies.get(server.url);
  if (!cookie) {
    cookie = logInFacilitator(server);
    facilitatorCookies.set(server.url, cookie);
  }
  return cookie;
}

async function logInFacilitator(server: TestTarget): Promise<string> {
  const token = server.setupUrl ? new URL(server.setupUrl).hash.slice(1) : undefined;
  const response = token
    ? await api(server.url, 'POST', '/api/setup', {
        body: { token, name: 'Fien Facilitator', email: FACILITATOR_EMAIL, password: TEST_PASSWORD },
      })
    : await api(server.url, 'POST', '/api/auth/login', {
        body: { email: FACILITATOR_EMAIL, password: TEST_PASSWORD },
      });
  if (!response.ok) throw new Error(`facilitator login: ${response.status} ${await response.text()}`);
  return cookiesFrom(response);
}

export interface TestNetwork {
  id: string;
  sessions: { id: string; boardId: string; title: string }[];
}

/** Creates a learning network as the facilitator; its boards become known to the socket helpers. */
export async function createNetwork(
  server: TestTarget,
  fields: Record<string, unknown> = {},
): Promise<TestNetwork> {
  const cookie = await facilitatorCookie(server);
  const response = await api(server.url, 'POST', '/api/networks', {
    cookie,
    body: {
      title: 'Test network',
      startDate: new Date().toISOString().slice(0, 10),
      capacity: 100,
      ...fields,
    },
  });
  if (response.status !== 201) throw new Error(`createNetwork: ${response.status} ${await response.text()}`);
  const network = (await response.json()) as TestNetwork;
  for (const session of network.sessions) {
    boards.set(session.boardId, { networkId: network.id, facilitatorCookie: cookie });
  }
  return network;
}

/** Creates a learning network (room for 100) and returns the board of its first session. */
export async function createBoard(server: TestTarget, title = 'Test network'): Promise<string> {
  return (await createNetwork(server, { title })).sessions[0]!.boardId;
}

/** Creates an invite link in the board's network and returns its token. */
export async function createInvite(
  server: { port: number },
  boardId: string,
  invite: { role: string; commentOnly?: boolean; expiresAt?: number; maxUses?: number },
): Promise<{ token: string; id: string }> {
  const board = boards.get(boardId);
  if (!board) throw new Error(`board ${boardId} was not made by createBoard`);
  const response = await api(
    `http://127.0.0.1:${server.port}`,
    'POST',
    `/api/networks/${board.networkId}/invites`,
    {
      cookie: board.facilitatorCookie,
      body: invite,
    },
  );
  if (response.status !== 201) throw new Error(`createInvite: ${response.status}`);
  return (await response.json()) as { token: string; id: string };
}

/**
 * The cookie `who` connects with: the facilitator's login, or a device session from accepting an
 * invite with that role, made once per board, name and role.
 */
export async function cookieFor(server: TestServer, boardId: string, who: Who): Promise<string> {
  const board = boards.get(boardId);
  const role = who.role ?? 'participant';
  // A board made outside any network (straight in the store) is the facilitators' alone.
  if (!board) return facilitatorCookie({ url: `http://127.0.0.1:${server.port}`, setupUrl: server.setupUrl });
  if (role === 'facilitator') return board.facilitatorCookie;
  const key = `${boardId}\u0000${who.name}\u0000${role}\u0000${who.commentOnly ?? false}`;
  let cookie = guests.get(key);
  if (!cookie) {
    cookie = joinAs(server, boardId, { ...who, role });
    guests.set(key, cookie);
  }
  return cookie;
}

async function joinAs(server: TestServer, boardId: string, who: Who): Promise<string> {
  const { token } = await createInvite(server, boardId, { role: who.role!, commentOnly: who.commentOnly });
  const accepted = await api(`http://127.0.0.1:${server.port}`, 'POST', `/api/invites/${token}/accept`, {
    body: { name: who.name },
  });
  if (accepted.status !== 201) throw new Error(`accept invite: ${accepted.status}`);
  return cookiesFrom(accepted);
}

/** `ws`'s WebSocket that sends a Cookie header, for y-websocket's `WebSocketPolyfill`. */
function socketWithCookie(cookie: () => string) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie: cookie() } });
    }
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/**
 * y-websocket's own WebsocketProvider in Node, as any integration would use it, with the credentials
 * of `who`. It connects as soon as those are obtained; `waitForSync` waits for that too.
 */
export function connectClient(server: TestServer, boardId: string, who: Who): TestClient {
  const doc = new Y.Doc();
  let cookie = '';
  const provider = new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, boardId, doc, {
    WebSocketPolyfill: socketWithCookie(() => cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
  });
  let destroyed = false;
  void cookieFor(server, boardId, who).then((value) => {
    cookie = value;
    if (!destroyed) provider.connect();
  });
  return {
    doc,
    provider,
    destroy: () => {
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

export function waitForSync(client: TestClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      client.provider.off('sync', onSync);
      resolve();
    };
    client.provider.on('sync', onSync);
  });
}

/** Polls `predicate` until it holds, failing with `message` after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, message: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A raw WebSocket to the sync endpoint, for sending bytes no well-behaved client would. `who` null
 * connects without any cookie.
 */
export async function rawSocket(
  server: TestServer,
  boardId: string,
  who: Who | null = { name: 'Raw' },
  options: ClientOptions = {},
): Promise<{ ws: WebSocket; messages: Uint8Array[]; closed: Promise<{ code: number; reason: string }> }> {
  const cookie = who ? await cookieFor(server, boardId, who) : '';
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/sync/${boardId}`, {
    ...options,
    headers: { ...(cookie ? { cookie } : {}), ...options.headers },
  });
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, messages, closed };
}
