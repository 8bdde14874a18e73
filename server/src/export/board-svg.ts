import {
  FILL_COLORS,
  INK_COLORS,
  STICKY_COLORS,
  itemBounds,
  pointsBounds,
  resolveConnector,
  type BoardRect,
  type Item,
  type ItemBox,
} from '@werkplaats/shared';
import { escapeXml } from './html.js';
import { LINE_HEIGHT, wrapText } from './text-layout.js';

export type Background = 'white' | 'transparent';

/** Room around the drawing, in board units. */
const MARGIN = 40;
const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';
const TEXT = '#1f2328';
const OUTLINE = '#d0d7de';
const EMPTY: BoardRect = { x: 0, y: 0, w: 400, h: 300 };

/** Where everything on a board lies, with a margin; a fixed small area for an empty board. */
export function contentBounds(items: readonly Item[]): BoardRect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const item of items) {
    const box = item.type === 'pen' ? penBounds(item) : itemBounds(item);
    if (!box) continue;
    // Frame titles sit above the frame.
    const top = item.type === 'frame' ? box.y - 32 : box.y;
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, top);
    maxX = Math.max(maxX, box.x + box.w);
    maxY = Math.max(maxY, box.y + box.h);
  }
  if (minX === Infinity) return EMPTY;
  return { x: minX - MARGIN, y: minY - MARGIN, w: maxX - minX + 2 * MARGIN, h: maxY - minY + 2 * MARGIN };
}

function penBounds(item: Extract<Item, { type: 'pen' }>): BoardRect | undefined {
  const local = pointsBounds(item.points);
  return local && { x: item.x + local.x, y: item.y + local.y, w: local.w, h: local.h };
}

function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) ? String(rounded) : '0';
}

function fill(color: string): string {
  return color === 'transparent' ? 'none' : color;
}

function place(box: ItemBox): string {
  const at = `translate(${n(box.x)} ${n(box.y)})`;
  return box.rotation ? `${at} rotate(${n(box.rotation)})` : at;
}

/** Wrapped, escaped text in a box, centred vertically when asked (notes and shapes). */
function textBlock(
  text: string,
  box: { w: number; h: number },
  options: {
    fontSize: number;
    color: string;
    align: 'left' | 'center' | 'right';
    middle: boolean;
    padding: number;
  },
): string {
  const { fontSize, color, align, middle, padding } = options;
  const lineHeight = fontSize * LINE_HEIGHT;
  const maxLines = Math.max(1, Math.floor((box.h - 2 * padding) / lineHeight));
  const lines = wrapText(text, box.w - 2 * padding, fontSize, maxLines).filter(
    (line, i, all) => line || all.length > 1,
  );
  if (lines.length === 0) return '';
  const height = lines.length * lineHeight;
  const top = middle ? (box.h - height) / 2 : padding;
  const x = align === 'left' ? padding : align === 'right' ? box.w - padding : box.w / 2;
  const anchor = align === 'left' ? 'start' : align === 'right' ? 'end' : 'middle';
  const spans = lines
    .map(
      (line, i) => `<tspan x="${n(x)}" y="${n(top + fontSize + i * lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text font-family="${FONT}" font-size="${n(fontSize)}" fill="${color}" text-anchor="${anchor}">${spans}</text>`;
}

function draw(item: Item, lookup: (id: string) => ItemBox | undefined): string {
  switch (item.type) {
    case 'frame': {
      const title = `<text x="0" y="-10" font-family="${FONT}" font-size="20" font-weight="bold" fill="${TEXT}">${escapeXml(item.title)}</text>`;
      return `<g transform="${place(item)}"><rect width="${n(item.w)}" height="${n(item.h)}" fill="${fill(FILL_COLORS[item.fill])}" stroke="${OUTLINE}" stroke-width="2"/>${title}</g>`;
    }
    case 'sticky': {
      const text = textBlock(item.text, item, {
        fontSize: 20,
        color: TEXT,
        align: 'center',
        middle: true,
        padding: 14,
      });
      return `<g transform="${place(item)}"><rect width="${n(item.w)}" height="${n(item.h)}" rx="6" fill="${STICKY_COLORS[item.color]}"/>${text}</g>`;
    }
    case 'shape': {
      const paint = `fill="${fill(FILL_COLORS[item.fill])}" stroke="${INK_COLORS[item.stroke]}" stroke-width="${n(item.strokeWidth)}"`;
      const { w, h } = item;
      const body =
        item.kind === 'ellipse'
          ? `<ellipse cx="${n(w / 2)}" cy="${n(h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${paint}/>`
          : item.kind === 'diamond'
            ? `<polygon points="${n(w / 2)},0 ${n(w)},${n(h / 2)} ${n(w / 2)},${n(h)} 0,${n(h / 2)}" ${paint}/>`
            : `<rect width="${n(w)}" height="${n(h)}" ${paint}/>`;
      const text = textBlock(item.text, item, {
        fontSize: 18,
        color: TEXT,
        align: 'center',
        middle: true,
        padding: 10,
      });
      return `<g transform="${place(item)}">${body}${text}</g>`;
    }
    case 'text':
      return `<g transform="${place(item)}">${textBlock(item.text, { w: item.w, h: Math.max(item.h, item.fontSize * LINE_HEIGHT) }, { fontSize: item.fontSize, color: INK_COLORS[item.color], align: item.align, middle: false, padding: 0 })}</g>`;
    case 'image':
      // Image bytes live elsewhere; the picture shows where the image sits.
      return `<g transform="${place(item)}"><rect width="${n(item.w)}" height="${n(item.h)}" fill="${FILL_COLORS.gray}" stroke="${OUTLINE}"/></g>`;
    case 'connector': {
      const { start, end } = resolveConnector(item, lookup);
      return `<polyline points="${n(start.x)},${n(start.y)} ${n(end.x)},${n(end.y)}" fill="none" stroke="${INK_COLORS[item.stroke]}" stroke-width="3" stroke-linecap="round"/>`;
    }
    case 'pen': {
      const points: string[] = [];
      for (let i = 0; i + 1 < item.points.length; i += 2)
        points.push(`${n(item.points[i]!)},${n(item.points[i + 1]!)}`);
      return `<g transform="${place(item)}"><polyline points="${points.join(' ')}" fill="none" stroke="${INK_COLORS[item.color]}" stroke-width="${n(item.width)}" stroke-linecap="round" stroke-linejoin="round"/></g>`;
    }
  }
}

export interface BoardPicture {
  svg: string;
  width: number;
  height: number;
}

/**
 * A board (or the part of it in `region`, such as a frame) as SVG, in board units: every item with
 * its text, escaped. Items are drawn in paint order, so frames lie under what is on them.
 */
export function renderBoardSvg(
  items: readonly Item[],
  options: { region?: BoardRect; background: Background },
): BoardPicture {
  const region = options.region ?? contentBounds(items);
  const byId = new Map<string, Item>(items.map((item) => [item.id, item]));
  const lookup = (id: string): ItemBox | undefined => byId.get(id);
  const width = Math.max(1, Math.round(region.w));
  const height = Math.max(1, Math.round(region.h));
  const background =
    options.background === 'white' ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '';
  const body = items.map((item) => draw(item, lookup)).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${background}<g transform="translate(${n(-region.x)} ${n(-region.y)})">${body}</g></svg>`;
  return { svg, width, height };
}

/** A frame's area with room for its title. */
export function frameRegion(frame: ItemBox): BoardRect {
  const box = itemBounds(frame);
  return { x: box.x - 20, y: box.y - 40, w: box.w + 40, h: box.h + 60 };
}
