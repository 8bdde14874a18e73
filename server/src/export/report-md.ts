import { translate, type NetworkFile } from '@werkplaats/shared';
import { reportModel, type ReportGroup } from './report-model.js';

/**
 * Text as Markdown shows it, never as markup: every character with a meaning in CommonMark or in
 * inline HTML is backslash-escaped, and line breaks become hard breaks within the same list item.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, '\\\n  ');
}

function list(lines: string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

function groups(groupsOf: ReportGroup[], untitled: string): string {
  return groupsOf
    .map(
      (group) =>
        `#### ${escapeMarkdown(group.title || untitled)}\n\n${list(group.notes.map(escapeMarkdown))}`,
    )
    .join('\n\n');
}

/** `report.md`: per session, its agenda, what came out, top-voted ideas, carried-forward items, action plan. */
export function reportMarkdown(file: NetworkFile): string {
  const locale = file.network.language;
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const none = `_${t('export.report.none')}_`;
  const parts = [`# ${escapeMarkdown(file.network.title)}`];
  if (file.network.theme) parts.push(`${t('export.report.theme')}: ${escapeMarkdown(file.network.theme)}`);
  for (const session of reportModel(file)) {
    parts.push(
      `## ${t('export.report.session', { position: session.position })}: ${escapeMarkdown(session.title)} (${session.date})`,
    );
    parts.push(`### ${t('export.report.agenda')}`);
    parts.push(
      session.agenda.length > 0
        ? list(
            session.agenda.map(
              (step) =>
                `${escapeMarkdown(step.title)} (${t('export.report.minutes', { count: step.minutes })})`,
            ),
          )
        : none,
    );
    parts.push(`### ${t('export.report.outcomes')}`);
    parts.push(
      session.outcomes.length > 0 ? groups(session.outcomes, t('export.report.outsideFrames')) : none,
    );
    parts.push(`### ${t('export.report.topVoted')}`);
    parts.push(
      session.topVoted.length > 0
        ? session.topVoted
            .map(
              (vote) =>
                `#### ${escapeMarkdown(vote.vote)}\n\n${vote.items
                  .map(
                    (item, i) =>
                      `${i + 1}. ${escapeMarkdown(item.text)} — ${t('export.report.dots', { count: item.dots })}`,
                  )
                  .join('\n')}`,
            )
            .join('\n\n')
        : none,
    );
    parts.push(`### ${t('export.report.carried')}`);
    parts.push(session.carried.length > 0 ? list(session.carried.map(escapeMarkdown)) : none);
    parts.push(`### ${t('export.report.actionPlan')}`);
    parts.push(
      session.actionPlan.length > 0 ? groups(session.actionPlan, t('export.report.actionPlan')) : none,
    );
  }
  return `${parts.join('\n\n')}\n`;
}
