import { rankVoteTotals, type NetworkFile } from '@werkplaats/shared';
import { authorOf, boardFacts, isoTime } from './board-facts.js';
import { csvFile } from './csv.js';

/** `notes.csv`: one row per sticky note of every session, in session and paint order. */
export function notesCsv(file: NetworkFile): string {
  const header = [
    'network',
    'week',
    'session_date',
    'session',
    'frame',
    'text',
    'colour',
    'author',
    'votes',
    'created_at',
    'updated_at',
  ];
  const rows = file.sessions.flatMap((session) => {
    const facts = boardFacts(session.board);
    return facts.notes.map((note) => [
      file.network.title,
      session.position,
      session.date,
      session.title,
      facts
        .framesOf(note)
        .map((frame) => frame.title)
        .join(' › '),
      note.text,
      note.color,
      authorOf(note),
      facts.dots.get(note.id) ?? 0,
      isoTime(note.createdAt),
      isoTime(note.updatedAt),
    ]);
  });
  return csvFile(header, rows);
}

/**
 * `votes.csv`: per revealed vote, each item that got dots with its total and rank. Only the totals the
 * board shows after reveal exist here; individual ballots never leave the server.
 */
export function votesCsv(file: NetworkFile): string {
  const header = [
    'network',
    'week',
    'session_date',
    'vote',
    'frame',
    'item_id',
    'item_text',
    'dots',
    'rank',
    'voters',
    'revealed_at',
  ];
  const rows = file.sessions.flatMap((session) => {
    const facts = boardFacts(session.board);
    return session.board.votes.flatMap((vote) =>
      rankVoteTotals(vote).map(({ itemId, dots, rank }) => [
        file.network.title,
        session.position,
        session.date,
        vote.title,
        vote.frameId ? facts.textOf(vote.frameId) : '',
        itemId,
        facts.textOf(itemId),
        dots,
        rank,
        vote.voters ?? 0,
        isoTime(vote.revealedAt),
      ]),
    );
  });
  return csvFile(header, rows);
}
