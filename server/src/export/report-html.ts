import { translate, type NetworkFile } from '@werkplaats/shared';
import { escapeXml } from './html.js';
import { reportModel, type ReportGroup } from './report-model.js';

/** Escaped text with its line breaks kept. */
function text(value: string): string {
  return escapeXml(value).replace(/\r\n?|\n/g, '<br>');
}

function list(items: string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function groups(groupsOf: ReportGroup[], untitled: string): string {
  return groupsOf
    .map((group) => `<h4>${text(group.title || untitled)}</h4>${list(group.notes.map(text))}`)
    .join('');
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1f2328;line-height:1.5}
h2{border-top:1px solid #d0d7de;padding-top:1rem;margin-top:2rem}em{color:#59636e}`;

/** `report.html`: the same report as `report.md`, as a standalone page; every piece of user text is escaped. */
export function reportHtml(file: NetworkFile): string {
  const locale = file.network.language;
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    escapeXml(translate(locale, key, vars));
  const none = `<p><em>${t('export.report.none')}</em></p>`;
  const body: string[] = [`<h1>${text(file.network.title)}</h1>`];
  if (file.network.theme) body.push(`<p>${t('export.report.theme')}: ${text(file.network.theme)}</p>`);
  for (const session of reportModel(file)) {
    body.push(
      `<section><h2>${t('export.report.session', { position: session.position })}: ${text(session.title)} (${escapeXml(session.date)})</h2>`,
      `<h3>${t('export.report.agenda')}</h3>`,
      session.agenda.length > 0
        ? list(
            session.agenda.map(
              (step) => `${text(step.title)} (${t('export.report.minutes', { count: step.minutes })})`,
            ),
          )
        : none,
      `<h3>${t('export.report.outcomes')}</h3>`,
      session.outcomes.length > 0 ? groups(session.outcomes, t('export.report.outsideFrames')) : none,
      `<h3>${t('export.report.topVoted')}</h3>`,
      session.topVoted.length > 0
        ? session.topVoted
            .map(
              (vote) =>
                `<h4>${text(vote.vote)}</h4><ol>${vote.items
                  .map(
                    (item) =>
                      `<li>${text(item.text)} — ${t('export.report.dots', { count: item.dots })}</li>`,
                  )
                  .join('')}</ol>`,
            )
            .join('')
        : none,
      `<h3>${t('export.report.carried')}</h3>`,
      session.carried.length > 0 ? list(session.carried.map(text)) : none,
      `<h3>${t('export.report.actionPlan')}</h3>`,
      session.actionPlan.length > 0 ? groups(session.actionPlan, t('export.report.actionPlan')) : none,
      '</section>',
    );
  }
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(file.network.title)}</title><style>${STYLE}</style></head>
<body><main>${body.join('\n')}</main></body></html>
`;
}
