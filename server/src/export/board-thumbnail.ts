import {
  FILL_COLORS,
  INK_COLORS,
  STICKY_COLORS,
  itemBounds,
  pointsBounds,
  resolveConnector,
  type BoardPoint,
  type BoardRect,
  type Item,
  type ItemBox,
} from '@werkplaats/shared';

export const THUMBNAIL_WIDTH = 240;
export const THUMBNAIL_HEIGHT = 150;
/** Space left around the drawing, in thumbnail units. */
const MARGIN = 8;
const BACKGROUND = '#f6f8fa';
const TEXT_BAR = '#8c959f';
const OUTLINE = '#d0d7de';

/**
 * A small picture of a board: every item as a plain shape in its palette colour, fitted into a
 * 240×150 view. Only numbers and palette colours reach the SVG, never text a person typed, so nothing
 * user-provided needs escaping. An empty board gives a plain placeholder.
 */
export function renderBoardThumbnail(items: readonly Item[]): string {
  const byId = new Map<string, Item>(items.map((item) => [item.id, item]));
  const lookup = (id: string): ItemBox | undefined => byId.get(id);
  const shapes = items.map((item) => toShape(item, lookup));
  const bounds = union(shapes.map((shape) => shape.bounds));
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}" viewBox="0 0 ${THUMBNAIL_WIDTH} ${THUMBNAIL_HEIGHT}">`;
  const background = `<rect width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}" fill="${BACKGROUND}"/>`;
  if (!bounds) {
    // Placeholder: a faint dashed outline where the board's content would be.
    const placeholder = `<rect x="${THUMBNAIL_WIDTH / 2 - 30}" y="${THUMBNAIL_HEIGHT / 2 - 20}" width="60" height="40" rx="6" fill="none" stroke="${OUTLINE}" stroke-width="2" stroke-dasharray="6 4"/>`;
    return `${open}${background}${placeholder}</svg>`;
  }
  const scale = Math.min(
    (THUMBNAIL_WIDTH - 2 * MARGIN) / Math.max(bounds.w, 1),
    (THUMBNAIL_HEIGHT - 2 * MARGIN) / Math.max(bounds.h, 1),
  );
  // Centre the drawing in the view.
  const dx = (THUMBNAIL_WIDTH - bounds.w * scale) / 2 - bounds.x * scale;
  const dy = (THUMBNAIL_HEIGHT - bounds.h * scale) / 2 - bounds.y * scale;
  const view: View = { scale, dx, dy };
  const body = shapes.map((shape) => shape.draw(view)).join('');
  return `${open}${background}${body}</svg>`;
}

interface View {
  scale: number;
  dx: number;
  dy: number;
}

interface Shape {
  bounds: BoardRect | undefined;
  draw: (view: View) => string;
}

/** A number rounded for the SVG; never NaN or infinite (the schema keeps coordinates finite). */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) ? String(rounded) : '0';
}

function px(view: View, p: BoardPoint): string {
  return `${n(p.x * view.scale + view.dx)},${n(p.y * view.scale + view.dy)}`;
}

/** The transform that places a (rotated) item box, as the canvas draws it: rotation about (x, y). */
function place(view: View, box: ItemBox): string {
  const x = n(box.x * view.scale + view.dx);
  const y = n(box.y * view.scale + view.dy);
  return box.rotation ? `translate(${x} ${y}) rotate(${n(box.rotation)})` : `translate(${x} ${y})`;
}

function fill(color: string): string {
  return color === 'transparent' ? 'none' : color;
}

function boxShape(box: ItemBox, inner: (w: number, h: number) => string): Shape {
  return {
    bounds: itemBounds(box),
    draw: (view) => `<g transform="${place(view, box)}">${inner(box.w * view.scale, box.h * view.scale)}</g>`,
  };
}

function toShape(item: Item, lookup: (id: string) => ItemBox | undefined): Shape {
  switch (item.type) {
    case 'sticky':
      return boxShape(
        item,
        (w, h) =>
          `<rect width="${n(w)}" height="${n(h)}" rx="${n(Math.min(w, h) * 0.04)}" fill="${STICKY_COLORS[item.color]}"/>`,
      );
    case 'frame':
      return boxShape(
        item,
        (w, h) =>
          `<rect width="${n(w)}" height="${n(h)}" fill="${fill(FILL_COLORS[item.fill])}" stroke="${OUTLINE}" stroke-width="1"/>`,
      );
    case 'shape': {
      const stroke = `stroke="${INK_COLORS[item.stroke]}" stroke-width="${item.strokeWidth > 0 ? 1 : 0}"`;
      const paint = `fill="${fill(FILL_COLORS[item.fill])}" ${stroke}`;
      return boxShape(item, (w, h) => {
        if (item.kind === 'ellipse')
          return `<ellipse cx="${n(w / 2)}" cy="${n(h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${paint}/>`;
        if (item.kind === 'diamond')
          return `<polygon points="${n(w / 2)},0 ${n(w)},${n(h / 2)} ${n(w / 2)},${n(h)} 0,${n(h / 2)}" ${paint}/>`;
        return `<rect width="${n(w)}" height="${n(h)}" ${paint}/>`;
      });
    }
    case 'text':
      // No text in a thumbnail: a grey bar where the words are.
      return boxShape(item, (w, h) => {
        const barHeight = Math.max(2, Math.min(h * 0.5, (item.fontSize * w) / Math.max(item.w, 1)));
        return `<rect y="${n((h - barHeight) / 2)}" width="${n(w)}" height="${n(barHeight)}" rx="${n(barHeight / 2)}" fill="${TEXT_BAR}"/>`;
      });
    case 'image':
      return boxShape(
        item,
        (w, h) =>
          `<rect width="${n(w)}" height="${n(h)}" fill="${FILL_COLORS.gray}" stroke="${OUTLINE}" stroke-width="1"/>`,
      );
    case 'connector': {
      const { start, end } = resolveConnector(item, lookup);
      const x = Math.min(start.x, end.x);
      const y = Math.min(start.y, end.y);
      return {
        bounds: { x, y, w: Math.abs(start.x - end.x), h: Math.abs(start.y - end.y) },
        draw: (view) =>
          `<polyline points="${px(view, start)} ${px(view, end)}" fill="none" stroke="${INK_COLORS[item.stroke]}" stroke-width="1" stroke-linecap="round"/>`,
      };
    }
    case 'pen': {
      const local = pointsBounds(item.points);
      const bounds = local && itemBounds({ ...local, x: item.x + local.x, y: item.y + local.y, rotation: 0 });
      return {
        bounds: item.rotation ? itemBounds(item) : bounds,
        draw: (view) => {
          const points: string[] = [];
          for (let i = 0; i + 1 < item.points.length; i += 2) {
            points.push(`${n(item.points[i]! * view.scale)},${n(item.points[i + 1]! * view.scale)}`);
          }
          const width = Math.max(0.75, item.width * view.scale);
          return `<g transform="${place(view, item)}"><polyline points="${points.join(' ')}" fill="none" stroke="${INK_COLORS[item.color]}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round"/></g>`;
        },
      };
    }
  }
}

function union(rects: readonly (BoardRect | undefined)[]): BoardRect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rect of rects) {
    if (!rect) continue;
    minX = Math.min(minX, rect.x);
    minY = Math.min(minY, rect.y);
    maxX = Math.max(maxX, rect.x + rect.w);
    maxY = Math.max(maxY, rect.y + rect.h);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}
