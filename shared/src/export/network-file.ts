import { z } from 'zod';
import { runStepSchema } from '../facilitation/session-state.js';
import { voteRecordSchema } from '../facilitation/vote-record.js';
import { parseItem, type Item } from '../schema/registry.js';
import { templateSchema } from '../templates/validate-template.js';

/** The `kind` of a whole-network export file (`network.json`). */
export const NETWORK_FILE_KIND = 'werkplaats/network';
/** The `kind` of a single-board export file. */
export const BOARD_FILE_KIND = 'werkplaats/board';
/**
 * Format version of both files. Raise it (and keep reading older versions) whenever a reader of the
 * old version would misunderstand the new one; see `docs/export-format.md`.
 */
export const EXPORT_FORMAT_VERSION = 1;
/** Large enough for a busy two-hour session; keeps a hostile file from exhausting the server. */
export const MAX_EXPORT_ITEMS = 10_000;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * Items are stored as the current schema writes them; each one is checked (and migrated when older)
 * with the item registry, so a file holds nothing the board would refuse.
 */
const itemsSchema = z
  .array(z.record(z.string(), z.unknown()))
  .max(MAX_EXPORT_ITEMS)
  .transform((raws, context) => {
    const items: Item[] = [];
    const ids = new Set<string>();
    raws.forEach((raw, index) => {
      const parsed = parseItem(raw);
      if (!parsed.ok) {
        context.addIssue({ code: 'custom', path: [index], message: parsed.error });
      } else if (ids.has(parsed.item.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: 'repeated item id' });
      } else {
        ids.add(parsed.item.id);
        items.push(parsed.item);
      }
    });
    return items;
  });

/** A board's content: its items in paint order, its vote results and its run-sheet. */
export const boardContentSchema = z.object({
  title: z.string().max(200),
  items: itemsSchema,
  /** Vote records with totals after reveal; individual ballots are never part of a board. */
  votes: z.array(voteRecordSchema).max(200),
  steps: z.array(runStepSchema).max(100),
});

export type BoardContent = z.infer<typeof boardContentSchema>;

export const exportedSessionSchema = z.object({
  position: z.number().int().min(1).max(100),
  title: z.string().max(120),
  date,
  time: z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM'),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  board: boardContentSchema,
});

export type ExportedSession = z.infer<typeof exportedSessionSchema>;

export const exportedTemplateSchema = z.object({
  name: z.string().max(200),
  scope: z.enum(['session', 'frame']),
  body: templateSchema,
});

export const networkFileSchema = z.object({
  kind: z.literal(NETWORK_FILE_KIND),
  version: z.literal(EXPORT_FORMAT_VERSION),
  /** ISO 8601; informative only, a round trip ignores it. */
  exportedAt: z.string().max(40),
  network: z.object({
    title: z.string().max(120),
    theme: z.string().max(120),
    description: z.string().max(2000),
    language: z.enum(['nl', 'en']),
    timeZone: z.string().max(64),
    capacity: z.number().int().min(1).max(100),
    startDate: date,
    /** Facilitators who ran the network, for certificates and reports. */
    organiser: z.string().max(200).default(''),
  }),
  sessions: z.array(exportedSessionSchema).max(20),
  /** The organisation's saved templates at export time. */
  templates: z.array(exportedTemplateSchema).max(500),
});

export type NetworkFile = z.infer<typeof networkFileSchema>;

export const boardFileSchema = z.object({
  kind: z.literal(BOARD_FILE_KIND),
  version: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.string().max(40),
  board: boardContentSchema,
});

export type BoardFile = z.infer<typeof boardFileSchema>;

export type ExportFileError = { code: 'wrong_format' | 'newer_version' | 'invalid'; message: string };

export type ParseExportResult<T> = { ok: true; file: T } | { ok: false; error: ExportFileError };

function parseFile<T>(value: unknown, kind: string, schema: z.ZodType<T>): ParseExportResult<T> {
  const head = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (head.kind !== kind) {
    const message = `This is not a ${kind} file (its kind is ${JSON.stringify(head.kind ?? null)}).`;
    return { ok: false, error: { code: 'wrong_format', message } };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_FORMAT_VERSION) {
    const message = `This file has format version ${head.version}, made by a newer Werkplaats; this one reads up to version ${EXPORT_FORMAT_VERSION}.`;
    return { ok: false, error: { code: 'newer_version', message } };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const message = `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`;
  return { ok: false, error: { code: 'invalid', message } };
}

/** Checks a `network.json` whole: a wrong kind, a newer version or any invalid part is refused. */
export function parseNetworkFile(value: unknown): ParseExportResult<NetworkFile> {
  return parseFile(value, NETWORK_FILE_KIND, networkFileSchema);
}

/** Checks a board export file whole, like `parseNetworkFile`. */
export function parseBoardFile(value: unknown): ParseExportResult<BoardFile> {
  return parseFile(value, BOARD_FILE_KIND, boardFileSchema);
}
