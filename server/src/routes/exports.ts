import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import {
  boardContentUpdate,
  isValidId,
  newId,
  parseBoardFile,
  parseNetworkFile,
  type ExportFileError,
} from '@werkplaats/shared';
import { boardAccess } from '../auth/access.js';
import { readBoardExport } from '../export/board-items.js';
import { PNG_SCALES, renderPng } from '../export/board-png.js';
import { contentBounds, frameRegion, renderBoardSvg } from '../export/board-svg.js';
import { qualifyingParticipants, slug } from '../export/certificates.js';
import { notesCsv } from '../export/data-csv.js';
import { boardFile, singleSessionFile } from '../export/network-export.js';
import { planNetworkImport } from '../export/network-import.js';
import { reportMarkdown } from '../export/report-md.js';
import type { ImportStore } from '../storage/import-store.js';
import { requireFacilitator, type ApiDeps, type ApiEnv } from './api-context.js';
import { apiError } from './errors.js';

/** A whole network with busy boards is a few megabytes of JSON; this leaves room without inviting abuse. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const boardQuery = z.object({
  format: z.enum(['json', 'csv', 'md', 'pdf', 'png', 'svg']).default('json'),
  /** Only this frame (png, svg). */
  frame: z.string().max(64).optional(),
  /** Only these items, comma-separated: the selection (png, svg). */
  items: z
    .string()
    .max(500 * 65)
    .transform((value) => value.split(',').filter(Boolean))
    .optional(),
  scale: z.coerce
    .number()
    .refine((value) => (PNG_SCALES as readonly number[]).includes(value), 'expected 1, 2 or 4')
    .default(1),
  background: z.enum(['white', 'transparent']).default('white'),
  /** PDF: the whole board on one page instead of a page per frame. */
  layout: z.enum(['frames', 'board']).default('frames'),
});

/** Sessions someone must have attended for a certificate; 1 when not given. */
const attendanceQuery = z.object({ attendance: z.coerce.number().int().min(1).max(100).default(1) });

function attachment(c: Context, body: Uint8Array | string, type: string, name: string) {
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
}

function importError(c: Context, error: ExportFileError) {
  return apiError(c, error.code === 'invalid' ? 422 : 400, error.code, error.message);
}

async function readJson(
  c: Context,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: JSON.parse(await c.req.text()) };
  } catch {
    return { ok: false, response: apiError(c, 400, 'invalid_json', 'The file is not valid JSON.') };
  }
}

function query<T extends z.ZodType>(c: Context, schema: T) {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return { ok: true as const, data: parsed.data as z.infer<T> };
  const issue = parsed.error.issues[0];
  return {
    ok: false as const,
    response: apiError(
      c,
      400,
      'invalid_request',
      `${issue?.path.join('.') ?? 'query'}: ${issue?.message ?? 'invalid'}`,
    ),
  };
}

/** PDF-making exports load on first use; see `export/renderers.ts`. */
const renderers = () => import('../export/renderers.js');

const importLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: (c) => apiError(c, 413, 'body_too_large', 'The file is too large to import.'),
});

/**
 * Exports and imports, for facilitators: a board as JSON, CSV, Markdown, PDF, PNG or SVG; a whole
 * network as a ZIP archive; certificates of participation; and importing a board or network file
 * into a new board or network, checked whole and written in one transaction.
 */
export function exportRoutes(deps: ApiDeps & { imports: ImportStore }) {
  const boards = new Hono<ApiEnv>()
    .post('/import', requireFacilitator, importLimit, async (c) => {
      const json = await readJson(c);
      if (!json.ok) return json.response;
      const parsed = parseBoardFile(json.value);
      if (!parsed.ok) return importError(c, parsed.error);
      const board = {
        id: newId(),
        title: parsed.file.board.title || 'Imported board',
        createdAt: Date.now(),
      };
      await deps.imports.importBoard({ board, update: boardContentUpdate(parsed.file.board) });
      return c.json(board, 201);
    })
    .get('/:boardId/export', requireFacilitator, async (c) => {
      const boardId = c.req.param('boardId');
      const record = isValidId(boardId) ? await deps.store.getBoard(boardId) : undefined;
      const access = record && (await boardAccess(deps.directory, c.get('viewer'), boardId));
      if (!record || !access)
        return apiError(c, 404, 'board_not_found', 'No such board, or no access to it.');
      const options = query(c, boardQuery);
      if (!options.ok) return options.response;
      const { format, frame: frameId, items: selection, scale, background, layout } = options.data;
      const title = access.session?.title ?? record.title;
      const board = await readBoardExport(deps.store, deps.rooms, boardId, title);
      const name = slug(title, 'board');
      if (format === 'json') {
        return attachment(
          c,
          `${JSON.stringify(boardFile(board), null, 2)}\n`,
          'application/json; charset=utf-8',
          `${name}.json`,
        );
      }
      const single = singleSessionFile(board, { network: access.network, session: access.session });
      if (format === 'csv')
        return attachment(c, notesCsv(single), 'text/csv; charset=utf-8', `${name}-notes.csv`);
      if (format === 'md')
        return attachment(c, reportMarkdown(single), 'text/markdown; charset=utf-8', `${name}.md`);
      if (format === 'pdf') {
        const date = single.sessions[0]!.date;
        const { renderBoardPdf } = await renderers();
        const pdf = await renderBoardPdf(board, { title, date }, { wholeBoard: layout === 'board' });
        return attachment(c, pdf, 'application/pdf', `${name}.pdf`);
      }
      let region;
      if (frameId) {
        const frame = board.items.find((item) => item.id === frameId && item.type === 'frame');
        if (!frame) return apiError(c, 404, 'frame_not_found', 'No such frame on this board.');
        region = frameRegion(frame);
      }
      let drawn = board.items;
      if (selection && selection.length > 0) {
        const wanted = new Set(selection);
        drawn = board.items.filter((item) => wanted.has(item.id));
        if (drawn.length === 0) {
          return apiError(c, 404, 'items_not_found', 'None of the selected items is on this board.');
        }
        region = contentBounds(drawn);
      }
      const picture = renderBoardSvg(drawn, { region, background });
      if (format === 'svg') return attachment(c, picture.svg, 'image/svg+xml', `${name}.svg`);
      return attachment(
        c,
        (await renderPng(picture, scale as 1 | 2 | 4)).png,
        'image/png',
        `${name}@${scale}x.png`,
      );
    });

  const networks = new Hono<ApiEnv>()
    .post('/import', requireFacilitator, importLimit, async (c) => {
      const json = await readJson(c);
      if (!json.ok) return json.response;
      const parsed = parseNetworkFile(json.value);
      if (!parsed.ok) return importError(c, parsed.error);
      const existing = new Set<string>();
      for (const record of await deps.templates.listTemplates()) existing.add(`org/${record.id}`);
      const plan = planNetworkImport(parsed.file, c.get('viewer').facilitator!.id, existing);
      await deps.imports.importNetwork(plan);
      return c.json({ ...plan.network, sessions: plan.sessions }, 201);
    })
    .get('/:networkId/export', requireFacilitator, async (c) => {
      const network = await deps.directory.network(c.req.param('networkId'));
      if (!network) return apiError(c, 404, 'network_not_found', 'No such learning network.');
      const options = query(c, attendanceQuery);
      if (!options.ok) return options.response;
      const organiser = c.get('viewer').facilitator!.name;
      const started = Date.now();
      const { buildNetworkArchive } = await renderers();
      const archive = await buildNetworkArchive(deps, network, {
        organiser,
        minAttendance: options.data.attendance,
      });
      deps.log.info('export.network', {
        networkId: network.id,
        files: archive.names.length,
        ms: Date.now() - started,
      });
      return attachment(c, archive.zip, 'application/zip', `${slug(network.title, 'network')}.zip`);
    })
    .get('/:networkId/certificates', requireFacilitator, async (c) => {
      const network = await deps.directory.network(c.req.param('networkId'));
      if (!network) return apiError(c, 404, 'network_not_found', 'No such learning network.');
      const options = query(c, attendanceQuery);
      if (!options.ok) return options.response;
      const qualified = await qualifyingParticipants(deps.directory, network, options.data.attendance);
      return c.json(
        qualified.map(({ person, sessions }) => ({
          personId: person.id,
          name: person.name,
          sessions: sessions.map((session) => session.id),
        })),
      );
    })
    .get('/:networkId/certificates/:personId', requireFacilitator, async (c) => {
      const network = await deps.directory.network(c.req.param('networkId'));
      if (!network) return apiError(c, 404, 'network_not_found', 'No such learning network.');
      const options = query(c, attendanceQuery);
      if (!options.ok) return options.response;
      const qualified = await qualifyingParticipants(deps.directory, network, options.data.attendance);
      const entry = qualified.find(({ person }) => person.id === c.req.param('personId'));
      if (!entry) {
        return apiError(
          c,
          409,
          'not_qualified',
          'This person did not attend enough sessions for a certificate.',
        );
      }
      const organiser = c.get('viewer').facilitator!.name;
      const { certificatePdf } = await renderers();
      const pdf = await certificatePdf(
        { ...network, organiser },
        entry,
        await deps.directory.listSessions(network.id),
      );
      return attachment(
        c,
        pdf,
        'application/pdf',
        `certificate-${slug(entry.person.name, 'participant')}.pdf`,
      );
    });
  return { boards, networks };
}
