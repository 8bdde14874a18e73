import {
  BOARD_FILE_KIND,
  EXPORT_FORMAT_VERSION,
  NETWORK_FILE_KIND,
  parseTemplate,
  type BoardContent,
  type BoardFile,
  type NetworkFile,
} from '@werkplaats/shared';
import type { RoomManager } from '../collab/room-manager.js';
import type { BoardStore } from '../storage/board-store.js';
import type { DirectoryStore, NetworkRecord } from '../storage/directory-store.js';
import type { TemplateStore } from '../storage/template-store.js';
import { readBoardExport } from './board-items.js';

export interface ExportDeps {
  store: BoardStore;
  directory: DirectoryStore;
  templates: TemplateStore;
  rooms: RoomManager;
}

/**
 * Lets queued socket messages and other requests run. Reading a board and building its files is
 * synchronous work; yielding between boards keeps a long export from stalling live sessions.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function boardFile(board: BoardContent, now = new Date()): BoardFile {
  return { kind: BOARD_FILE_KIND, version: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), board };
}

/** A network as `network.json` holds it: every session's board, vote results and the saved templates. */
export async function buildNetworkFile(
  deps: ExportDeps,
  network: NetworkRecord,
  organiser: string,
  now = new Date(),
): Promise<NetworkFile> {
  const sessions: NetworkFile['sessions'] = [];
  for (const session of await deps.directory.listSessions(network.id)) {
    const board = await readBoardExport(deps.store, deps.rooms, session.boardId, session.title);
    sessions.push({
      position: session.position,
      title: session.title,
      date: session.date,
      time: session.time,
      durationMinutes: session.durationMinutes,
      board,
    });
    await yieldToEventLoop();
  }
  const templates: NetworkFile['templates'] = [];
  for (const record of await deps.templates.listTemplates()) {
    let json: unknown;
    try {
      json = JSON.parse(record.body);
    } catch {
      continue;
    }
    const parsed = parseTemplate(json);
    if (parsed.ok) templates.push({ name: record.name, scope: record.scope, body: parsed.template });
  }
  return {
    kind: NETWORK_FILE_KIND,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    network: {
      title: network.title,
      theme: network.theme,
      description: network.description,
      language: network.language,
      timeZone: network.timeZone,
      capacity: network.capacity,
      startDate: network.startDate,
      organiser,
    },
    sessions,
    templates,
  };
}

/** One board wrapped as a one-session network, so the network builders serve board exports too. */
export function singleSessionFile(
  board: BoardContent,
  context: {
    network?: NetworkRecord;
    session?: { position: number; date: string; time: string; durationMinutes: number; title: string };
  },
  now = new Date(),
): NetworkFile {
  const { network, session } = context;
  const today = now.toISOString().slice(0, 10);
  return {
    kind: NETWORK_FILE_KIND,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    network: {
      title: network?.title ?? board.title,
      theme: network?.theme ?? '',
      description: network?.description ?? '',
      language: network?.language ?? 'en',
      timeZone: network?.timeZone ?? 'UTC',
      capacity: network?.capacity ?? 1,
      startDate: network?.startDate ?? today,
      organiser: '',
    },
    sessions: [
      {
        position: session?.position ?? 1,
        title: session?.title ?? board.title,
        date: session?.date ?? today,
        time: session?.time ?? '00:00',
        durationMinutes: session?.durationMinutes ?? 120,
        board,
      },
    ],
    templates: [],
  };
}
