import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SERVER_DIR } from '../lib/children.js';
import type { Row, Scenario } from './types.js';

const CLIENT_DIR = join(SERVER_DIR, '..', 'client');
const TARGET_INITIAL_KB = 250;

interface Asset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The scripts a first visit loads before anything else: the entry modules and their static imports (a
 * chunk two of them share is listed by each, and downloaded once).
 */
function initialScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g)].map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return [...new Set([...scripts, ...preloads])];
}

function measure(outDir: string, file: string): Asset {
  const bytes = readFileSync(join(outDir, file));
  return { file, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes).byteLength };
}

const kb = (bytes: number) => bytes / 1024;
const sum = (assets: Asset[], key: 'bytes' | 'gzipBytes') =>
  assets.reduce((total, asset) => total + asset[key], 0);

/** P8: the client's production build, built afresh, as a first visit downloads it. */
export const p8: Scenario = {
  name: 'p8',
  title: 'P8 client bundle: initial JavaScript of the production build',
  async run(context) {
    const outDir = mkdtempSync(join(tmpdir(), 'werkplaats-bench-client-'));
    try {
      context.log('  building the client (vite build)');
      const build = spawnSync(
        join(CLIENT_DIR, 'node_modules', '.bin', 'vite'),
        ['build', '--outDir', outDir],
        {
          cwd: CLIENT_DIR,
          encoding: 'utf8',
        },
      );
      if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr || build.stdout}`);
      const html = readFileSync(join(outDir, 'index.html'), 'utf8');
      const initial = initialScripts(html).map((file) => measure(outDir, file));
      const assets = readdirSync(join(outDir, 'assets')).map((name) => measure(outDir, `assets/${name}`));
      const scripts = assets.filter((asset) => asset.file.endsWith('.js'));
      const styles = assets.filter((asset) => asset.file.endsWith('.css'));
      const initialGzipKb = kb(sum(initial, 'gzipBytes'));
      const row = (
        figure: string,
        value: number,
        target: string | null = null,
        met: boolean | null = null,
      ): Row => ({
        figure,
        unit: 'KB',
        ours: value,
        reference: null,
        floor: null,
        target,
        met,
      });
      const rows: Row[] = [
        row(
          'P8 initial JS, gzip',
          initialGzipKb,
          `≤ ${TARGET_INITIAL_KB} KB`,
          initialGzipKb <= TARGET_INITIAL_KB,
        ),
        row('P8 initial JS, raw', kb(sum(initial, 'bytes'))),
        row('P8 all JS incl. lazy chunks, gzip', kb(sum(scripts, 'gzipBytes'))),
        row('P8 CSS, gzip', kb(sum(styles, 'gzipBytes'))),
      ];
      const notes = [
        'initial JS: the entry scripts of index.html and the chunks they preload (its static imports), ' +
          'gzip at zlib default level; no reference or floor: there is no standard client to compare with',
        ...initial.map(
          (asset) =>
            `  ${asset.file}: ${kb(asset.bytes).toFixed(1)} KB, gzip ${kb(asset.gzipBytes).toFixed(1)} KB`,
        ),
        'browser figures of P8 (first render, frame times) come from `pnpm bench canvas`',
      ];
      return { name: this.name, title: this.title, rows, notes, raw: { initial, assets } };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};
