import { Hono } from 'hono';

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

/** The OpenAPI document; its operationIds are a public contract for integrations. */
export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Werkplaats API',
      version,
      description:
        'HTTP API of Werkplaats. Board contents sync over the y-websocket protocol at `/sync/{boardId}` ' +
        '(query: `name`, `uid`, `role`), not over HTTP.',
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
      '/api/boards': {
        post: {
          operationId: 'createBoard',
          summary: 'Create a board',
          requestBody: {
            required: false,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { title: { type: 'string', minLength: 1, maxLength: 120 } },
                },
              },
            },
          },
          responses: {
            '201': {
              description: 'Created.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Board' } } },
            },
            '400': errorResponse('The body is not valid JSON or the title is invalid.'),
          },
        },
      },
      '/api/boards/{boardId}': {
        get: {
          operationId: 'getBoard',
          summary: 'A board’s metadata',
          parameters: [{ name: 'boardId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The board.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Board' } } },
            },
            '404': errorResponse('No such board.'),
          },
        },
      },
    },
    components: { schemas: { Board: boardSchema, Error: errorSchema } },
  };
}

export function openApiRoutes(version: string): Hono {
  const document = openApiDocument(version);
  return new Hono().get('/', (c) => c.json(document));
}
