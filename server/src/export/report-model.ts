import { rankVoteTotals, type NetworkFile } from '@werkplaats/shared';
import { boardFacts } from './board-facts.js';

/** How many of a vote's best items the report lists. */
export const TOP_VOTED = 5;
const ACTION_PLAN_TITLE = /action plan|actieplan/i;

export interface ReportGroup {
  title: string;
  notes: string[];
}

export interface SessionReport {
  position: number;
  title: string;
  date: string;
  agenda: { title: string; minutes: number }[];
  /** The notes of each top-level frame, in reading order; notes outside any frame come last. */
  outcomes: ReportGroup[];
  topVoted: { vote: string; items: { text: string; dots: number }[] }[];
  carried: string[];
  /** The action-plan frame's notes by column (its inner frames); empty when the board has none. */
  actionPlan: ReportGroup[];
}

/** What the report says about each session, independent of Markdown or HTML. */
export function reportModel(file: NetworkFile): SessionReport[] {
  return file.sessions.map((session) => {
    const facts = boardFacts(session.board);
    const agenda =
      session.board.steps.length > 0
        ? session.board.steps
            .filter((step) => !step.skipped)
            .map((step) => ({ title: step.title, minutes: step.minutes }))
        : facts.topFrames
            .filter((frame) => frame.step)
            .map((frame) => ({ title: frame.title, minutes: frame.step?.minutes ?? 0 }));
    const outcomes: ReportGroup[] = facts.topFrames.map((frame) => ({
      title: frame.title,
      notes: facts.notes.filter((note) => facts.framesOf(note)[0]?.id === frame.id).map((note) => note.text),
    }));
    const loose = facts.notes.filter((note) => facts.framesOf(note).length === 0);
    if (loose.length > 0) outcomes.push({ title: '', notes: loose.map((note) => note.text) });
    const plan = facts.topFrames.find((frame) => ACTION_PLAN_TITLE.test(frame.title));
    const actionPlan: ReportGroup[] = [];
    if (plan) {
      const planNotes = facts.notes.filter((note) => facts.framesOf(note)[0]?.id === plan.id);
      const columns = new Map<string, string[]>();
      for (const note of planNotes) {
        const column = facts.framesOf(note)[1]?.title ?? '';
        columns.set(column, [...(columns.get(column) ?? []), note.text]);
      }
      for (const [title, notes] of columns) actionPlan.push({ title, notes });
    }
    return {
      position: session.position,
      title: session.title,
      date: session.date,
      agenda,
      outcomes: outcomes.filter((group) => group.notes.length > 0),
      topVoted: session.board.votes
        .filter((vote) => vote.totals)
        .map((vote) => ({
          vote: vote.title,
          items: rankVoteTotals(vote)
            .slice(0, TOP_VOTED)
            .map(({ itemId, dots }) => ({ text: facts.textOf(itemId), dots })),
        })),
      carried: session.board.items
        .filter((item) => item.origin)
        .map((item) => facts.textOf(item.id))
        .filter((text) => text.trim() !== ''),
      actionPlan,
    };
  });
}
