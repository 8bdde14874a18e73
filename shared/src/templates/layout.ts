import type { FillColor } from '../schema/colors.js';
import type { StickyColor } from '../schema/palette.js';
import type { LocalizedText, Template, TemplateItem } from './template-schema.js';
import { TEMPLATE_KIND, TEMPLATE_VERSION } from './template-schema.js';

/** Dutch and English of one string of a built-in template. */
export function tr(nl: string, en: string): { nl: string; en: string } {
  return { nl, en };
}

/** Facilitation modes a step switches on, for the run-sheet. */
export interface StepModes {
  timer?: boolean;
  private?: boolean;
  vote?: boolean;
  follow?: boolean;
}

/** A labelled zone of a step frame where participants put their notes, placed on the frame's grid. */
export interface AreaSpec {
  label: LocalizedText;
  hint?: LocalizedText;
  fill?: FillColor;
  col: number;
  row: number;
  colSpan?: number;
  rowSpan?: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One step of a session, drawn as one frame: title, timebox, instruction card and areas. */
export interface StepSpec {
  /** Stable within a programme, so theme packs can say where they go. */
  id: string;
  title: LocalizedText;
  minutes: number;
  instruction: LocalizedText;
  modes: StepModes;
  /** Columns and rows of the area grid. */
  grid: { cols: number; rows: number };
  areas: AreaSpec[];
  /** Items drawn on top of the areas (a person in the middle, vote dots, a map). */
  extras?: (region: Box) => TemplateItem[];
  /** Frame size; most steps use the standard one. */
  size?: { w: number; h: number };
}

export const STEP_SIZE = { w: 1600, h: 960 };
const PAD = 48;
const HEADER_H = 96;
const CARD_W = 380;
const GAP = 24;
/** Space between the frames of a session, left to right. */
export const FRAME_GAP = 200;

/** Height of a text block of `text` at `fontSize` wrapped in `w`, roughly as the canvas lays it out. */
export function textHeight(text: LocalizedText, fontSize: number, w: number): number {
  const longest = typeof text === 'string' ? text : text.nl.length > text.en.length ? text.nl : text.en;
  const perLine = Math.max(1, Math.floor(w / (fontSize * 0.52)));
  const lines = longest
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return Math.ceil(lines * fontSize * 1.25);
}

export function label(
  text: LocalizedText,
  box: { x: number; y: number; w: number },
  options: { fontSize?: number; bold?: boolean; color?: 'black' | 'gray'; align?: 'left' | 'center' } = {},
): TemplateItem {
  const fontSize = options.fontSize ?? 22;
  return {
    type: 'text',
    x: box.x,
    y: box.y,
    w: box.w,
    h: textHeight(text, fontSize, box.w),
    text,
    fontSize,
    bold: options.bold ?? false,
    italic: false,
    align: options.align ?? 'left',
    color: options.color ?? 'black',
  };
}

export function zone(box: Box, fill: FillColor, text: LocalizedText = ''): TemplateItem {
  return { type: 'shape', kind: 'rectangle', ...box, fill, stroke: 'gray', strokeWidth: 0, text };
}

export function badge(box: Box, fill: FillColor, text: LocalizedText, kind = 'rectangle'): TemplateItem {
  return { type: 'shape', kind, ...box, fill, stroke: 'gray', strokeWidth: 0, text };
}

/**
 * A small filled shape with a centred label of a fixed size: numbers, timeboxes, map tiles. A shape's
 * own label grows and shrinks to fit its box, which makes a lone digit tiny and breaks long words.
 */
export function pill(
  box: Box,
  fill: FillColor,
  text: LocalizedText,
  options: { kind?: string; fontSize?: number; bold?: boolean } = {},
): TemplateItem[] {
  const fontSize = options.fontSize ?? 22;
  const lineHeight = Math.ceil(fontSize * 1.25);
  return [
    badge(box, fill, '', options.kind ?? 'rectangle'),
    {
      ...label(
        text,
        { x: box.x + 8, y: Math.round(box.y + (box.h - lineHeight) / 2), w: box.w - 16 },
        { fontSize, bold: options.bold ?? false, align: 'center' },
      ),
      h: lineHeight,
    },
  ];
}

export function note(x: number, y: number, color: StickyColor, text: LocalizedText): TemplateItem {
  return { type: 'sticky', x, y, w: 200, h: 200, color, text, locked: false };
}

/** A stock of round voting dots, free to drag onto what people choose. */
export function voteDots(region: Box, count: number, fill: FillColor = 'red'): TemplateItem[] {
  const size = 44;
  const perRow = Math.max(1, Math.floor((region.w + 12) / (size + 12)));
  return Array.from({ length: count }, (_, i) => ({
    ...badge(
      {
        x: region.x + (i % perRow) * (size + 12),
        y: region.y + Math.floor(i / perRow) * (size + 12),
        w: size,
        h: size,
      },
      fill,
      '',
      'ellipse',
    ),
    locked: false,
  }));
}

function areaItems(area: AreaSpec, cell: Box): TemplateItem[] {
  const items = [
    zone(cell, area.fill ?? 'gray'),
    label(area.label, { x: cell.x + 20, y: cell.y + 16, w: cell.w - 40 }, { bold: true }),
  ];
  if (area.hint) {
    items.push(
      label(area.hint, { x: cell.x + 20, y: cell.y + 52, w: cell.w - 40 }, { fontSize: 18, color: 'gray' }),
    );
  }
  return items;
}

/** The frame's area region split into its grid, one box per area. */
function cellOf(step: StepSpec, region: Box, area: AreaSpec): Box {
  const { cols, rows } = step.grid;
  const cw = (region.w - GAP * (cols - 1)) / cols;
  const ch = (region.h - GAP * (rows - 1)) / rows;
  const span = { c: area.colSpan ?? 1, r: area.rowSpan ?? 1 };
  return {
    x: Math.round(region.x + area.col * (cw + GAP)),
    y: Math.round(region.y + area.row * (ch + GAP)),
    w: Math.round(cw * span.c + GAP * (span.c - 1)),
    h: Math.round(ch * span.r + GAP * (span.r - 1)),
  };
}

/**
 * The items of one step frame at `origin`: the frame (carrying the step's data when `order` is given),
 * a header with the step's title and timebox, the instruction card on the left and the areas.
 */
export function stepItems(
  step: StepSpec,
  origin: { x: number; y: number },
  accent: FillColor,
  order?: number,
): TemplateItem[] {
  const size = step.size ?? STEP_SIZE;
  const x0 = origin.x;
  const y0 = origin.y;
  const frame: TemplateItem = {
    type: 'frame',
    x: x0,
    y: y0,
    w: size.w,
    h: size.h,
    title: order === undefined ? step.title : mapText(step.title, (t) => `${order}. ${t}`),
    fill: 'white',
    ...(order === undefined
      ? {}
      : { step: { order, minutes: step.minutes, instruction: step.instruction, modes: step.modes } }),
  };
  const titleX = x0 + PAD + (order === undefined ? 0 : 80);
  const header: TemplateItem[] = [
    ...(order === undefined
      ? []
      : pill({ x: x0 + PAD, y: y0 + PAD, w: 60, h: 60 }, accent, String(order), {
          kind: 'ellipse',
          fontSize: 28,
          bold: true,
        })),
    label(
      step.title,
      { x: titleX, y: y0 + PAD + 6, w: size.w - (titleX - x0) - 260 },
      { fontSize: 40, bold: true },
    ),
    ...pill({ x: x0 + size.w - PAD - 180, y: y0 + PAD + 4, w: 180, h: 52 }, 'gray', `${step.minutes} min`, {
      fontSize: 24,
      bold: true,
    }),
  ];
  const top = y0 + PAD + HEADER_H;
  const bottom = y0 + size.h - PAD;
  const card: TemplateItem[] = [
    zone({ x: x0 + PAD, y: top, w: CARD_W, h: bottom - top }, 'yellow'),
    label(
      tr('Opdracht', 'What to do'),
      { x: x0 + PAD + 28, y: top + 28, w: CARD_W - 56 },
      {
        fontSize: 18,
        bold: true,
        color: 'gray',
      },
    ),
    label(step.instruction, { x: x0 + PAD + 28, y: top + 64, w: CARD_W - 56 }, { fontSize: 22 }),
  ];
  const regionX = x0 + PAD + CARD_W + GAP * 2;
  const region = { x: regionX, y: top, w: x0 + size.w - PAD - regionX, h: bottom - top };
  const areas = step.areas.flatMap((area) => areaItems(area, cellOf(step, region, area)));
  return [frame, ...header, ...card, ...areas, ...(step.extras?.(region) ?? [])];
}

function mapText(text: LocalizedText, f: (value: string) => string): LocalizedText {
  return typeof text === 'string' ? f(text) : { nl: f(text.nl), en: f(text.en) };
}

/** The agenda frame that opens a session: its name, what it is for, and the steps with their times. */
function agendaItems(
  name: LocalizedText,
  description: LocalizedText,
  steps: readonly StepSpec[],
  accent: FillColor,
): TemplateItem[] {
  const w = 900;
  const rowH = 64;
  const listTop = 360;
  const h = Math.max(STEP_SIZE.h, listTop + steps.length * rowH + 140);
  const total = steps.reduce((sum, step) => sum + step.minutes, 0);
  const items: TemplateItem[] = [
    { type: 'frame', x: 0, y: 0, w, h, title: tr('Agenda', 'Agenda'), fill: 'white' },
    zone({ x: PAD, y: PAD, w: w - PAD * 2, h: 260 }, accent),
    label(name, { x: PAD + 40, y: PAD + 40, w: w - PAD * 2 - 80 }, { fontSize: 48, bold: true }),
    label(description, { x: PAD + 40, y: PAD + 170, w: w - PAD * 2 - 80 }, { fontSize: 22 }),
  ];
  steps.forEach((step, i) => {
    const y = listTop + i * rowH;
    items.push(
      ...pill({ x: PAD, y, w: 52, h: 52 }, accent, String(i + 1), {
        kind: 'ellipse',
        fontSize: 24,
        bold: true,
      }),
      label(step.title, { x: PAD + 76, y: y + 10, w: w - PAD * 2 - 76 - 140 }, { fontSize: 26 }),
      label(`${step.minutes} min`, { x: w - PAD - 130, y: y + 12, w: 130 }, { fontSize: 22, color: 'gray' }),
    );
  });
  const totalY = listTop + steps.length * rowH + 24;
  items.push(
    label(tr('Totaal', 'Total'), { x: PAD + 76, y: totalY, w: 300 }, { fontSize: 26, bold: true }),
    label(`${total} min`, { x: w - PAD - 130, y: totalY, w: 130 }, { fontSize: 26, bold: true }),
  );
  return items;
}

/** A whole session board: the agenda, then one frame per step, left to right. */
export function sessionTemplate(spec: {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  durationMinutes: number;
  accent: FillColor;
  steps: readonly StepSpec[];
}): Template {
  const items = agendaItems(spec.name, spec.description, spec.steps, spec.accent);
  let x = 900 + FRAME_GAP;
  spec.steps.forEach((step, i) => {
    items.push(...stepItems(step, { x, y: 0 }, spec.accent, i + 1));
    x += (step.size ?? STEP_SIZE).w + FRAME_GAP;
  });
  return {
    kind: TEMPLATE_KIND,
    version: TEMPLATE_VERSION,
    id: spec.id,
    scope: 'session',
    name: spec.name,
    description: spec.description,
    durationMinutes: spec.durationMinutes,
    items,
  };
}

/** A library template: one step frame to use on any board. */
export function frameTemplate(
  id: string,
  description: LocalizedText,
  step: StepSpec,
  accent: FillColor,
): Template {
  return {
    kind: TEMPLATE_KIND,
    version: TEMPLATE_VERSION,
    id,
    scope: 'frame',
    name: step.title,
    description,
    items: stepItems(step, { x: 0, y: 0 }, accent),
  };
}
