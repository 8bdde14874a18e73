import { Hono } from 'hono';
import { OPERATIONS } from './operations.js';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
};

const boardSchema = {
  type: 'object',
  required: ['id', 'title', 'createdAt'],
  properties: {
    id: { type: 'string', example: 'a1B2c3D4e5F6g7H8' },
    title: { type: 'string', maxLength: 120 },
    createdAt: { type: 'integer', description: 'Milliseconds since the Unix epoch.' },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/**
 * Requests that change state need the `X-Werkplaats-Csrf: 1` header (and a same-origin `Origin` when
 * the browser sends one); errors share one shape.
 */
function operationPaths() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const changes = op.method !== 'get';
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        operationId: op.operationId,
        summary: op.summary,
        'x-access': op.access,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(changes
          ? {
              requestBody: {
                required: false,
                content:
                  op.operationId === 'uploadImage'
                    ? { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }
                    : { 'application/json': { schema: { type: 'object' } } },
              },
            }
          : {}),
        responses: {
          '200': {
            description: 'Done.',
            content: op.path.endsWith('.svg')
              ? { 'image/svg+xml': { schema: { type: 'string' } } }
              : op.operationId === 'getImage'
                ? { 'image/*': { schema: { type: 'string', format: 'binary' } } }
                : { 'application/json': { schema: { type: 'object' } } },
          },
          '400': errorResponse('The body is not valid JSON or does not fit.'),
          '401': errorResponse('Not logged in as a facilitator, or no invitation accepted.'),
          ...(changes ? { '403': errorResponse('Missing CSRF header or foreign Origin.') } : {}),
          '404': errorResponse('Not found, or not visible to the caller.'),
          ...(op.operationId === 'uploadImage'
            ? {
                '413': errorResponse('The picture is larger than 10 MB.'),
                '415': errorResponse('The bytes are not a PNG, JPEG, GIF or WebP picture.'),
              }
            : {}),
          ...(op.access === 'link'
            ? { '429': errorResponse('Too many failed attempts from this address.') }
            : {}),
        },
      },
    };
  }
  return paths;
}

/** The OpenAPI document; its operationIds are a public contract for integrations. */
export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Werkplaats API',
      version,
      description:
        'HTTP API of Werkplaats. Board contents sync over the y-websocket protocol at `/sync/{boardId}`, ' +
        'not over HTTP; who connects comes from the session cookies. Close codes there: 1009 frame too large, ' +
        '1012 server restarting (reconnect), 4400 malformed message, 4401 no valid identity, ' +
        '4404 no such board, 4500 board could not be loaded.',
    },
    paths: {
      '/api/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Liveness and basic figures',
          responses: {
            '200': {
              description: 'The server is up.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['status', 'version', 'uptimeSeconds', 'openBoards'],
                    properties: {
                      status: { const: 'ok' },
                      version: { type: 'string' },
                      uptimeSeconds: { type: 'integer' },
                      openBoards: { type: 'integer' },
                    },
                  },
                },
              },
            },
          },
        },
      },
      ...operationPaths(),
    },
    components: { schemas: { Board: boardSchema, Error: errorSchema } },
  };
}

/** `GET /api/openapi.json`. */
export function openApiRoutes(version: string): Hono {
  const document = openApiDocument(version);
  return new Hono().get('/', (c) => c.json(document));
}
