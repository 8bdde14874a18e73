import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** The scripts the HTML page loads before anything renders: the entry and its module preloads. */
  initialFiles: string[];
  /** kB of 1,000 bytes, as Vite reports them. */
  initialGzipKb: number;
  /** What opening a board adds: the lazily loaded board route and the chunks only it imports. */
  boardFiles: string[];
  boardGzipKb: number;
}

const gzipKb = (dir: string, files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0) / 1000;

/**
 * Gzip sizes (the compression every browser accepts) of the production client build in `distDir`,
 * read from its index.html and chunks as they are shipped.
 */
export function bundleSizes(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  // A chunk two scripts share is listed by each, and downloaded once.
  const initial = [
    ...new Set(
      [
        ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/([^"]+)"/g),
      ].map((match) => match[1]!),
    ),
  ];
  const assets = join(distDir, 'assets');
  const names = initial.map((path) => path.replace(/^assets\//, ''));
  // The build names the board's code (its route and everything it imports statically) on the early
  // script's tag (client/vite.config.ts); what the page loaded already is not added by opening a board.
  const boardCode = /data-board-code="([^"]*)"/.exec(html)?.[1] ?? '';
  const boardFiles = boardCode
    .split(' ')
    .filter(Boolean)
    .map((path) => path.replace(/^\/assets\//, ''))
    .filter((file) => !names.includes(file));
  return {
    initialFiles: names,
    initialGzipKb: gzipKb(assets, names),
    boardFiles,
    boardGzipKb: gzipKb(assets, boardFiles),
  };
}
