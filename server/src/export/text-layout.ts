/** A rough average glyph width of a sans-serif face, as a share of the font size. */
const GLYPH_WIDTH = 0.56;
export const LINE_HEIGHT = 1.25;

/**
 * Breaks text into lines that fit `width` at `fontSize`: the author's line breaks first, then greedy
 * word wrapping, breaking a word only when it alone is too long. Lines past `maxLines` are dropped and
 * the last kept line gets an ellipsis, as the canvas shows an overfull note.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n?|\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = [...word];
      while (rest.length > perLine) {
        if (line) lines.push(line);
        lines.push(rest.slice(0, perLine).join(''));
        line = '';
        rest = rest.slice(perLine);
      }
      const piece = rest.join('');
      const candidate = line ? `${line} ${piece}` : piece;
      if ([...candidate].length <= perLine) line = candidate;
      else {
        lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = `${kept[kept.length - 1]!.replace(/.?$/u, '')}…`;
  return kept;
}
