import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { INTL_LOCALES, translate, type Locale } from '@werkplaats/shared';
import type { NetworkRecord, SessionRecord } from '../storage/directory-store.js';
import { pdfSafe } from './board-pdf.js';
import type { Qualified } from './certificates.js';

export interface CertificateInput {
  locale: Locale;
  name: string;
  network: { title: string; theme: string; organiser: string };
  /** `YYYY-MM-DD` of the first and last session. */
  from: string;
  to: string;
  attended: { position: number; title: string; date: string }[];
  totalSessions: number;
}

/** A date as people write it in the network's language, e.g. "1 oktober 2026". */
export function longDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** A one-page A4 certificate of participation, with vector text, in the network's language. */
export async function renderCertificate(input: CertificateInput): Promise<Uint8Array> {
  const { locale } = input;
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${translate(locale, 'export.certificate.title')} — ${input.name}`);
  pdf.setCreator('Werkplaats');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  const ink = rgb(0.12, 0.14, 0.16);
  const muted = rgb(0.35, 0.39, 0.43);
  let y = 700;
  const line = (
    text: string,
    size: number,
    options: { bold?: boolean; gap?: number; color?: typeof ink } = {},
  ) => {
    const font = options.bold ? bold : regular;
    const safe = pdfSafe(font, text).replace(/\n/g, ' ');
    const width = font.widthOfTextAtSize(safe, size);
    page.drawText(safe, { x: Math.max(40, (595 - width) / 2), y, size, font, color: options.color ?? ink });
    y -= size * 1.3 + (options.gap ?? 8);
  };
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  page.drawRectangle({
    x: 30,
    y: 30,
    width: 535,
    height: 782,
    borderColor: rgb(0.82, 0.84, 0.87),
    borderWidth: 2,
  });
  line(t('export.certificate.title'), 28, { bold: true, gap: 40 });
  line(t('export.certificate.intro', { name: input.name }), 16);
  line(input.network.title, 22, { bold: true, gap: 16 });
  if (input.network.theme) line(`${t('export.report.theme')}: ${input.network.theme}`, 13, { color: muted });
  line(
    t('export.certificate.period', { from: longDate(input.from, locale), to: longDate(input.to, locale) }),
    13,
    {
      color: muted,
      gap: 30,
    },
  );
  line(t('export.certificate.attended', { count: input.attended.length, total: input.totalSessions }), 13, {
    bold: true,
  });
  for (const session of input.attended) {
    line(
      `${t('export.report.session', { position: session.position })}: ${session.title} (${longDate(session.date, locale)})`,
      12,
    );
  }
  y -= 30;
  if (input.network.organiser) line(t('export.certificate.organiser', { name: input.network.organiser }), 13);
  return pdf.save();
}

/** What a certificate says about its network. */
export type CertificateNetwork = Pick<NetworkRecord, 'title' | 'theme' | 'language' | 'startDate'> & {
  organiser: string;
};

/** The certificate of one qualifying participant; `sessions` are all of the network's. */
export function certificatePdf(
  network: CertificateNetwork,
  entry: Qualified,
  sessions: SessionRecord[],
): Promise<Uint8Array> {
  const dates = sessions.map((session) => session.date).sort();
  return renderCertificate({
    locale: network.language,
    name: entry.person.name,
    network,
    from: dates[0] ?? network.startDate,
    to: dates[dates.length - 1] ?? network.startDate,
    attended: entry.sessions.map(({ position, title, date }) => ({ position, title, date })),
    totalSessions: sessions.length,
  });
}
