import type * as Y from 'yjs';
import {
  createItem,
  createLocalOrigin,
  moveItems,
  setItemText,
  STICKY_COLOR_NAMES,
  type Origin,
} from '@werkplaats/shared';
import { cookieFor, createBoard } from '../../src/server.test-helpers.js';
import { contains, sameBoard, unionOf } from './board-state.js';
import { EditClient } from './edit-client.js';

/** Each client edits once per tick: ten edits a second, a busy person dragging and typing. */
const TICK_MS = 100;

interface Editor {
  client: EditClient;
  origin: Origin;
  author: { userId: string; name: string };
  own: string[];
}

/** Polls `predicate` every `intervalMs`; throws `describe()` after `timeoutMs`. */
export async function waitUntil(
  predicate: () => boolean,
  describe: () => string,
  timeoutMs: number,
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * A board with `size` participants editing it over real sockets, and an observer that applies
 * everything the server broadcasts: what the observer has, the server acknowledged. Clients keep their
 * documents (and keep editing) across server restarts, and resync on reconnect.
 */
export class Fleet {
  /** Time (ms) from a client putting an update on the wire to the observer receiving it. */
  readonly sendToObserverMs: number[] = [];
  private readonly sentAt = new Map<number, number>();
  private ticker: NodeJS.Timeout | undefined;
  private editCount = 0;

  private constructor(
    readonly boardId: string,
    private readonly target: { port: number },
    readonly observer: EditClient,
    private readonly editors: Editor[],
  ) {}

  /** Sets up the board and people over HTTP, connects everyone, and waits for every first sync. */
  static async start(server: { url: string; port: number; setupUrl?: string }, size: number): Promise<Fleet> {
    const boardId = await createBoard(server, 'Reliability');
    // Read at every connect, so clients follow a server that came back on another port.
    const target = { port: server.port };
    const url = () => `ws://127.0.0.1:${target.port}/sync/${boardId}`;
    const cookies = await Promise.all(
      Array.from({ length: size + 1 }, (_, i) => cookieFor(server, boardId, { name: `Person ${i}` })),
    );
    // The clients report to the fleet, which needs them to exist first.
    const sink: { fleet?: Fleet } = {};
    const observer = new EditClient({
      url,
      cookie: cookies[size]!,
      mode: 'full',
      onReceived: (key, at) => sink.fleet?.received(key, at),
    });
    const editors = cookies.slice(0, size).map((cookie, i): Editor => {
      const userId = `editor${i}`;
      const client = new EditClient({
        url,
        cookie,
        mode: 'lean',
        onSent: (key, at) => sink.fleet?.sentAt.set(key, at),
      });
      return { client, origin: createLocalOrigin(userId), author: { userId, name: `Person ${i}` }, own: [] };
    });
    const fleet = new Fleet(boardId, target, observer, editors);
    sink.fleet = fleet;
    await waitUntil(
      () => fleet.everyoneSynced(),
      () => `first sync of ${fleet.clients.filter((c) => !c.isSynced).length} clients`,
      30_000,
    );
    return fleet;
  }

  get clients(): EditClient[] {
    return [this.observer, ...this.editors.map((editor) => editor.client)];
  }

  get edits(): number {
    return this.editCount;
  }

  /** Where clients (re)connect: a restarted server may listen elsewhere. */
  setPort(port: number): void {
    this.target.port = port;
  }

  everyoneSynced(): boolean {
    return this.clients.every((client) => client.isSynced);
  }

  startEditing(): void {
    this.ticker ??= setInterval(() => {
      for (const editor of this.editors) this.edit(editor);
    }, TICK_MS);
  }

  stopEditing(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /** The server went away: updates in flight will never reach the observer as themselves. */
  forgetInFlight(): void {
    this.sentAt.clear();
  }

  /** Everything every client made, including the board as first loaded (the observer has that). */
  union(): Y.Doc {
    return unionOf(this.clients.map((client) => client.doc));
  }

  /**
   * Waits until every client is connected and synced and the observer, which mirrors the server, holds
   * exactly the union of every client's work. Throws with what was missing after `timeoutMs`.
   */
  async converge(timeoutMs: number): Promise<void> {
    let union = this.union();
    let checks = 0;
    await waitUntil(
      () => {
        if (!this.everyoneSynced()) return false;
        // Recomputing the union every poll costs more than it tells: clients stopped editing.
        if (++checks % 10 === 0) union = this.union();
        return sameBoard(this.observer.doc, union);
      },
      () => {
        const missing = this.editors.filter(
          (editor) => !contains(this.observer.doc, editor.client.doc),
        ).length;
        const unsynced = this.clients.filter((client) => !client.isSynced).length;
        return `convergence: ${unsynced} clients not synced, ${missing} clients with work the server lacks`;
      },
      timeoutMs,
      200,
    );
  }

  stop(): void {
    this.stopEditing();
    for (const client of this.clients) client.stop();
  }

  private received(key: number, at: number): void {
    const sent = this.sentAt.get(key);
    if (sent === undefined) return;
    this.sentAt.delete(key);
    this.sendToObserverMs.push(at - sent);
  }

  private edit(editor: Editor): void {
    const { client, origin, author, own } = editor;
    const roll = Math.random();
    this.editCount++;
    if (own.length === 0 || roll < 0.2) {
      const item = createItem(
        client.doc,
        {
          type: 'sticky',
          x: Math.round(Math.random() * 4000),
          y: Math.round(Math.random() * 4000),
          color: STICKY_COLOR_NAMES[own.length % STICKY_COLOR_NAMES.length]!,
          text: `${author.name} ${own.length}`,
        },
        author,
        origin,
      );
      own.push(item.id);
      return;
    }
    const id = own[Math.floor(Math.random() * own.length)]!;
    if (roll < 0.8) {
      moveItems(
        client.doc,
        [{ id, x: Math.round(Math.random() * 4000), y: Math.round(Math.random() * 4000) }],
        origin,
      );
    } else {
      setItemText(client.doc, id, `${author.name} ${Math.random().toString(36).slice(2, 8)}`, origin);
    }
  }
}
