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

/** The static imports of a built chunk, as file names in the same folder. */
function staticImports(dir: string, file: string): string[] {
  const code = readFileSync(join(dir, file), 'utf8');
  return [...code.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((match) => match[1]!);
}

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
  const board = names
    .map((name) =>
      /import\(["'`]\.\/(BoardRoute-[^"'`]+\.js)["'`]\)/.exec(readFileSync(join(assets, name), 'utf8')),
    )
    .find((match) => match !== null)?.[1];
  const boardFiles: string[] = [];
  const pending = board ? [board] : [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (names.includes(file) || boardFiles.includes(file)) continue;
    boardFiles.push(file);
    pending.push(...staticImports(assets, file));
  }
  return {
    initialFiles: names,
    initialGzipKb: gzipKb(assets, names),
    boardFiles,
    boardGzipKb: gzipKb(assets, boardFiles),
  };
}
