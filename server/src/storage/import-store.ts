import type { BoardRecord } from './board-store.js';
import type { NetworkRecord, SessionRecord } from './directory-store.js';
import type { TemplateRecord } from './template-store.js';

/** A board to create with its whole initial content. */
export interface ImportedBoard {
  board: BoardRecord;
  update: Uint8Array;
}

/** Everything one network import creates. */
export interface NetworkImport {
  network: NetworkRecord;
  sessions: SessionRecord[];
  boards: ImportedBoard[];
  templates: TemplateRecord[];
}

/**
 * Imports touch boards, the directory and templates at once. They are written in one transaction
 * across all three, so a failure halfway leaves nothing behind: no board without its network, no
 * network missing a session.
 */
export interface ImportStore {
  importNetwork(plan: NetworkImport): Promise<void>;
  importBoard(board: ImportedBoard): Promise<void>;
}
