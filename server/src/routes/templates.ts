import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { isValidId, localize, newId, parseTemplate, type Template } from '@werkplaats/shared';
import type { TemplateRecord, TemplateStore } from '../storage/template-store.js';
import { readBody, requireFacilitator, type ApiEnv } from './api-context.js';
import { apiError } from './errors.js';

/** A saved whole board is far larger than the API's usual small bodies. */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

const renameBody = z.object({ name: z.string().trim().min(1).max(120) });

/** What the API says about a saved template: its record, with the template document itself. */
function view(record: TemplateRecord, template: Template) {
  const { body: _body, ...fields } = record;
  return { ...fields, template };
}

function read(record: TemplateRecord): Template | undefined {
  let json: unknown;
  try {
    json = JSON.parse(record.body);
  } catch {
    return undefined;
  }
  const parsed = parseTemplate(json);
  return parsed.ok ? parsed.template : undefined;
}

/** A template's name as one string; saved templates are named in the words the facilitator typed. */
function nameOf(template: Template): string {
  return localize(template.name, 'en').trim().slice(0, 120) || 'Template';
}

/** Takes a template document from the body: validated whole, stored under a new id, or refused whole. */
async function store(c: Context<ApiEnv>, templates: TemplateStore) {
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch {
    return apiError(c, 400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = parseTemplate(json);
  if (!parsed.ok) return apiError(c, 400, 'invalid_template', parsed.error);
  const now = Date.now();
  const template: Template = { ...parsed.template, id: `org/${newId()}` };
  const record: TemplateRecord = {
    id: template.id.slice(4),
    name: nameOf(template),
    scope: template.scope,
    body: JSON.stringify(template),
    createdBy: c.get('viewer').facilitator!.id,
    createdAt: now,
    updatedAt: now,
  };
  await templates.createTemplate(record);
  return c.json(view(record, template), 201);
}

/**
 * The organisation's saved templates, for facilitators: list, save (from the board or an imported
 * file), rename, delete and export as JSON. Library templates are built in and need none of this.
 */
export function templateRoutes(templates: TemplateStore): Hono<ApiEnv> {
  const found = async (c: Context<ApiEnv>) => {
    const id = c.req.param('templateId') ?? '';
    const record = isValidId(id) ? await templates.template(id) : undefined;
    const template = record && read(record);
    if (!record || !template) return apiError(c, 404, 'template_not_found', 'No such template.');
    return { record, template };
  };
  return new Hono<ApiEnv>()
    .use(
      '*',
      bodyLimit({
        maxSize: MAX_TEMPLATE_BYTES,
        onError: (c) => apiError(c, 413, 'body_too_large', 'The template is too large.'),
      }),
    )
    .use('*', requireFacilitator)
    .get('/', async (c) => {
      const list = [];
      for (const record of await templates.listTemplates()) {
        const template = read(record);
        if (template) list.push(view(record, template));
      }
      return c.json(list);
    })
    .post('/', (c) => store(c, templates))
    .post('/import', (c) => store(c, templates))
    .patch('/:templateId', async (c) => {
      const existing = await found(c);
      if (existing instanceof Response) return existing;
      const body = await readBody(c, renameBody);
      if (!body.ok) return body.response;
      const template = { ...existing.template, name: body.data.name };
      const record = {
        ...existing.record,
        name: body.data.name,
        body: JSON.stringify(template),
        updatedAt: Date.now(),
      };
      if (!(await templates.updateTemplate(record)))
        return apiError(c, 404, 'template_not_found', 'No such template.');
      return c.json(view(record, template));
    })
    .delete('/:templateId', async (c) => {
      const existing = await found(c);
      if (existing instanceof Response) return existing;
      await templates.deleteTemplate(existing.record.id);
      return c.body(null, 204);
    })
    .get('/:templateId/export', async (c) => {
      const existing = await found(c);
      if (existing instanceof Response) return existing;
      const file = existing.record.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'template';
      return c.body(JSON.stringify(existing.template, null, 2), 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${file.slice(0, 80)}.werkplaats.json"`,
      });
    });
}
