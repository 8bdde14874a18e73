/** Width in pixels of `text` set at `fontSize`. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface TextBox {
  width: number;
  height: number;
  lineHeight: number;
  maxFontSize: number;
  minFontSize: number;
}

export interface TextFit {
  fontSize: number;
  lines: string[];
  /** Whether the text fits even at the smallest size; if not, the note shows what fits. */
  fits: boolean;
}

/**
 * Breaks `text` into lines no wider than `width` the way Konva's `wrap: 'word'` does: the longest
 * prefix that fits, cut back to its last space or hyphen when there is one, otherwise mid-word. Using
 * the same rule as the renderer means the size chosen here is the size that actually fits there.
 */
export function wrapText(text: string, width: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let rest = paragraph;
    if (measure(rest, fontSize) <= width) {
      lines.push(rest);
      continue;
    }
    while (rest.length > 0) {
      let low = 0;
      let high = rest.length;
      let fitting = '';
      while (low < high) {
        const mid = (low + high) >>> 1;
        const candidate = rest.slice(0, mid + 1);
        if (measure(candidate, fontSize) <= width) {
          fitting = candidate;
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      if (fitting.length === 0) fitting = rest.slice(0, 1);
      let cut = fitting.length;
      if (cut < rest.length) {
        const wrapAt = Math.max(fitting.lastIndexOf(' '), fitting.lastIndexOf('-')) + 1;
        if (wrapAt > 0) cut = wrapAt;
      }
      lines.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
      if (rest.length > 0 && measure(rest, fontSize) <= width) {
        lines.push(rest);
        break;
      }
    }
  }
  return lines;
}

/** The largest whole font size between the box's bounds at which `text` fits, found by bisection. */
export function fitText(text: string, box: TextBox, measure: MeasureText): TextFit {
  const fitsAt = (size: number) => {
    const lines = wrapText(text, box.width, size, measure);
    return { lines, fits: lines.length * size * box.lineHeight <= box.height };
  };
  let low = box.minFontSize;
  let high = box.maxFontSize;
  let best = fitsAt(low);
  if (!best.fits) return { fontSize: low, ...best };
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const attempt = fitsAt(mid);
    if (attempt.fits) {
      low = mid;
      best = attempt;
    } else {
      high = mid - 1;
    }
  }
  return { fontSize: low, ...best };
}

/**
 * `fitText` with a bounded cache keyed by text and box size: a board redraws its notes on every pan
 * and remote change, but a note's text and size rarely change.
 */
export function createTextFitter(
  measure: MeasureText,
  limits: Omit<TextBox, 'width' | 'height'>,
  maxEntries = 2000,
): (text: string, width: number, height: number) => TextFit {
  const cache = new Map<string, TextFit>();
  return (text, width, height) => {
    const key = `${width}|${height}|${text}`;
    const hit = cache.get(key);
    if (hit) {
      // Re-insert so the most recently used entries are the last to be evicted.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const fit = fitText(text, { ...limits, width, height }, measure);
    cache.set(key, fit);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return fit;
  };
}
