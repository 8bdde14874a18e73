import * as Y from 'yjs';
import {
  applyTemplate,
  createBoardDoc,
  localize,
  PROGRAMMES,
  programmeSessionTemplate,
  systemOrigin,
  type Locale,
  type ProgrammeId,
  type ThemePackId,
} from '@werkplaats/shared';

const TEMPLATE_ORIGIN = systemOrigin('template');
const TEMPLATE_AUTHOR = { userId: 'werkplaats', name: 'Werkplaats' };

/** A session the programme plans, before it has an id and a board. */
export interface PlannedSession {
  title: string;
  date: string;
  time: string;
  durationMinutes: number;
}

function addDays(isoDate: string, days: number): string {
  const day = new Date(`${isoDate}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * The sessions of a programme from its start date, titled in the network's language ("Week 3 ·
 * Ideate"). The empty programme keeps the plain five weeks.
 */
export function programmePlan(
  programme: ProgrammeId,
  startDate: string,
  locale: Locale,
  time: string,
  themePack?: ThemePackId,
): PlannedSession[] {
  const spec = PROGRAMMES[programme];
  return spec.sessions(themePack).map((session, i) => {
    const template = programmeSessionTemplate(programme, i, themePack);
    return {
      title: template ? localize(template.name, locale) : `Week ${i + 1}`,
      date: addDays(startDate, spec.intervalDays * i),
      time,
      durationMinutes: session.durationMinutes,
    };
  });
}

/**
 * The first update of a session board laid out from its programme template: the canonical empty
 * structure plus the template's items, written by the server in the network's language with the
 * template structure locked. `undefined` when the session has no template (an empty board).
 */
export function sessionBoardUpdate(
  programme: ProgrammeId,
  index: number,
  locale: Locale,
  themePack?: ThemePackId,
): Uint8Array | undefined {
  const template = programmeSessionTemplate(programme, index, themePack);
  if (!template) return undefined;
  const doc = createBoardDoc({ gc: false });
  try {
    applyTemplate(doc, template, {
      at: { x: 0, y: 0 },
      locale,
      origin: TEMPLATE_ORIGIN,
      author: TEMPLATE_AUTHOR,
      lockStructure: true,
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
