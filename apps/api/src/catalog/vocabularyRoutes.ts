/** `GET /v1/categories` and `GET /v1/locales`: the vocabularies clients filter and switch by. */
import type { FastifyInstance } from 'fastify';
import type { Data } from '../data.js';
import { sendRepresentation } from '../representation.js';
import { commonProblems, jsonResponse, notModified } from '../schemas.js';

const conditionalHeaders = {
  type: 'object',
  properties: {
    'if-none-match': { type: 'string', description: 'An entity tag from an earlier response.' },
  },
} as const;

export async function catalogRoutes(app: FastifyInstance, { data }: { data: Data }) {
  app.get(
    '/v1/categories',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Categories, with the number of entries in each',
        headers: conditionalHeaders,
        response: {
          200: jsonResponse('Every category, in display order.', 'CategoryList', false),
          304: notModified,
          ...commonProblems,
        },
      },
    },
    (request, reply) => sendRepresentation(request, reply, data.categories),
  );

  app.get(
    '/v1/locales',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The locales texts are served in',
        description:
          'The nine real locales and the pseudo-locale `en-XA` (accented, longer text for testing UIs).',
        headers: conditionalHeaders,
        response: {
          200: jsonResponse('Every served locale.', 'LocaleList', false),
          304: notModified,
          ...commonProblems,
        },
      },
    },
    (request, reply) => sendRepresentation(request, reply, data.localesBody),
  );
}
