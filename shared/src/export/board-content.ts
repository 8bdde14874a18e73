import * as Y from 'yjs';
import { createBoardDoc, getContainer, getItemsMap } from '../doc/board-doc.js';
import { systemOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { readSessionState, stepKey } from '../facilitation/session-state.js';
import { readVoteRecords } from '../facilitation/vote-record.js';
import { writeItemMap } from '../ops/create-items.js';
import type { BoardContent } from './network-file.js';

/** What an export holds of a board document: valid items in paint order, vote results, run-sheet. */
export function readBoardContent(doc: Y.Doc, title: string): BoardContent {
  return {
    title,
    items: readItems(doc).items,
    votes: readVoteRecords(doc),
    steps: readSessionState(doc).steps,
  };
}

/**
 * The update that makes a new board hold `content`, built on the canonical structure. Items keep their
 * ids and z keys so a re-export reads the same; comments, reactions, timers and presence are live
 * state and start afresh.
 */
export function boardContentUpdate(content: BoardContent): Uint8Array {
  const doc = createBoardDoc({ gc: false });
  try {
    doc.transact(() => {
      const items = getItemsMap(doc);
      for (const item of content.items) {
        items.set(item.id, writeItemMap(item));
      }
      const votes = getContainer(doc, 'votes');
      for (const vote of content.votes) votes.set(vote.id, vote);
      const session = getContainer(doc, 'session');
      for (const step of content.steps) session.set(stepKey(step.id), step);
    }, systemOrigin('import'));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
