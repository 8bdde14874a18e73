import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE_DIRS = ['client/src', 'server/src', 'shared/src'];
const CATALOGUE_DIR = join(repoRoot, 'shared/src/i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return isSource && dir !== CATALOGUE_DIR ? [path] : [];
  });
}

const sources = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(repoRoot, dir))).map((file) =>
  readFileSync(file, 'utf8'),
);

/** Prefixes of keys built at run time, as in t(`role.${person.role}`): every key under them counts. */
const dynamicPrefixes = new Set(
  sources.flatMap((text) => [...text.matchAll(/`([a-z][\w.]*\.)\$\{/g)].map((match) => match[1]!)),
);

function isUsed(key: string): boolean {
  if ([...dynamicPrefixes].some((prefix) => key.startsWith(prefix))) return true;
  return sources.some((text) => text.includes(`'${key}'`) || text.includes(`"${key}"`));
}

describe('message keys', () => {
  it('are all used somewhere in the code, so the catalogues hold no dead messages', () => {
    const unused = Object.keys(en).filter((key) => !isUsed(key));
    expect(unused).toEqual([]);
  });

  it('are found by this check at all (it would pass vacuously on an empty source list)', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(isUsed('toolbar.undo')).toBe(true);
    expect(isUsed('no.such.key')).toBe(false);
  });
});
