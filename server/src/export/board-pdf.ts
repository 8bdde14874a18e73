import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import {
  FILL_COLORS,
  INK_COLORS,
  STICKY_COLORS,
  itemBounds,
  rectContains,
  rectsIntersect,
  type BoardContent,
  type BoardRect,
  type Item,
} from '@werkplaats/shared';
import { readingOrder } from './board-facts.js';
import { contentBounds, frameRegion } from './board-svg.js';
import { LINE_HEIGHT, wrapText } from './text-layout.js';

/** A4 landscape, in points. */
const PAGE = { w: 842, h: 595 };
const MARGIN = 36;
const HEADER = 54;
const INK = rgb(0.12, 0.14, 0.16);
const MUTED = rgb(0.35, 0.39, 0.43);
const OUTLINE = rgb(0.82, 0.84, 0.87);

function colour(hex: string): RGB | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return match
    ? rgb(...(match.slice(1).map((h) => parseInt(h, 16) / 255) as [number, number, number]))
    : undefined;
}

/**
 * Text the standard PDF fonts can show. They cover Western European letters (é, ë, ç, …) but not
 * emoji or other scripts; those become `?` rather than failing the whole export.
 */
export function pdfSafe(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text.replace(/\r\n?/g, '\n')]
    .map((char) => (char === '\n' || known.has(char.codePointAt(0)!) ? char : '?'))
    .join('');
}

interface Placement {
  page: PDFPage;
  region: BoardRect;
  scale: number;
  left: number;
  top: number;
}

function drawLines(
  place: Placement,
  font: PDFFont,
  lines: string[],
  x: number,
  y: number,
  size: number,
  color: RGB,
) {
  lines.forEach((line, i) => {
    place.page.drawText(line, { x, y: y - size - i * size * LINE_HEIGHT, size, font, color });
  });
}

function drawItem(place: Placement, fonts: { regular: PDFFont; bold: PDFFont }, item: Item): void {
  if (item.type === 'connector' || item.type === 'pen') return;
  const box = itemBounds(item);
  const x = place.left + (box.x - place.region.x) * place.scale;
  const yTop = place.top - (box.y - place.region.y) * place.scale;
  const w = box.w * place.scale;
  const h = box.h * place.scale;
  const rect = (fill: RGB | undefined, border?: RGB) =>
    place.page.drawRectangle({
      x,
      y: yTop - h,
      width: w,
      height: h,
      color: fill,
      borderColor: border,
      borderWidth: border ? 0.75 : 0,
    });
  const text = (value: string, size: number, padding: number, color: RGB) => {
    const safe = pdfSafe(fonts.regular, value);
    const maxLines = Math.max(1, Math.floor((h - 2 * padding) / (size * LINE_HEIGHT)));
    drawLines(
      place,
      fonts.regular,
      wrapText(safe, w - 2 * padding, size, maxLines),
      x + padding,
      yTop - padding,
      size,
      color,
    );
  };
  switch (item.type) {
    case 'frame':
      rect(colour(FILL_COLORS[item.fill]), OUTLINE);
      return;
    case 'sticky':
      rect(colour(STICKY_COLORS[item.color]));
      text(item.text, Math.max(4, 20 * place.scale), 14 * place.scale, INK);
      return;
    case 'shape':
      rect(colour(FILL_COLORS[item.fill]), colour(INK_COLORS[item.stroke]));
      text(item.text, Math.max(4, 18 * place.scale), 10 * place.scale, INK);
      return;
    case 'text':
      text(item.text, Math.max(4, item.fontSize * place.scale), 0, colour(INK_COLORS[item.color]) ?? INK);
      return;
    case 'image':
      rect(colour(FILL_COLORS.gray), OUTLINE);
      return;
  }
}

export interface PdfHeading {
  title: string;
  /** Shown under the title, e.g. the session date. */
  date: string;
}

/**
 * A board as PDF, with vector text: one A4 page per top-level frame in reading order (or the whole
 * board on one page when it has no frames, or when `wholeBoard` is asked), each with the page title
 * and the date.
 */
export async function renderBoardPdf(
  board: BoardContent,
  heading: PdfHeading,
  options: { wholeBoard?: boolean } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(heading.title);
  pdf.setCreator('Werkplaats');
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const frames = board.items
    .filter((item): item is Extract<Item, { type: 'frame' }> => item.type === 'frame')
    .filter(
      (frame, _, all) =>
        !all.some((other) => other.id !== frame.id && rectContains(itemBounds(other), itemBounds(frame))),
    )
    .sort(readingOrder);
  const pages =
    options.wholeBoard || frames.length === 0
      ? [{ title: heading.title, region: contentBounds(board.items) }]
      : frames.map((frame) => ({ title: `${heading.title} — ${frame.title}`, region: frameRegion(frame) }));
  for (const { title, region } of pages) {
    const page = pdf.addPage([PAGE.w, PAGE.h]);
    page.drawText(pdfSafe(fonts.bold, title).replace(/\n/g, ' '), {
      x: MARGIN,
      y: PAGE.h - MARGIN - 16,
      size: 16,
      font: fonts.bold,
      color: INK,
    });
    page.drawText(pdfSafe(fonts.regular, heading.date), {
      x: MARGIN,
      y: PAGE.h - MARGIN - 34,
      size: 10,
      font: fonts.regular,
      color: MUTED,
    });
    const areaW = PAGE.w - 2 * MARGIN;
    const areaH = PAGE.h - 2 * MARGIN - HEADER;
    const scale = Math.min(areaW / region.w, areaH / region.h);
    const place: Placement = {
      page,
      region,
      scale,
      left: MARGIN + (areaW - region.w * scale) / 2,
      top: PAGE.h - MARGIN - HEADER,
    };
    for (const item of board.items) {
      if (rectsIntersect(region, itemBounds(item))) drawItem(place, fonts, item);
    }
  }
  return pdf.save();
}
