/** `GET /v1/platforms`, `GET /v1/categories` and `GET /v1/locales`: what clients filter and switch by. */
import type { Locale } from '@org/error-codes-i18n';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { negotiateLocale } from '../http/negotiation.js';
import {
  commonProblems,
  conditionalHeaders,
  jsonResponse,
  notModified,
  problemResponse,
} from '../http/openapi.js';
import { type Representation, sendRepresentation } from '../http/representation.js';
import type { Data } from './data.js';
import { readLocale } from './request.js';
import { documentedOnly, sendInvalid } from './respond.js';
import { localeQuery, localizedHeaders } from './schemas.js';

type Query = { Querystring: Record<string, unknown> };

/** A handler serving the representation of the negotiated locale. */
function localized(of: (locale: Locale) => Representation) {
  return (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const locale = readLocale(request.query);
    if (!locale.ok) return sendInvalid(request, reply, locale.errors);
    return sendRepresentation(
      request,
      reply,
      of(negotiateLocale(locale.value, request.headers['accept-language'])),
    );
  };
}

const localizedSchema = (summary: string, description: string, ref: string) => ({
  tags: ['catalog'],
  summary,
  querystring: { type: 'object', properties: { locale: localeQuery } },
  headers: localizedHeaders,
  response: {
    200: jsonResponse(description, ref, true),
    304: notModified,
    400: problemResponse('`locale` is not a language tag.'),
    ...commonProblems,
  },
});

export async function vocabularyRoutes(app: FastifyInstance, { data }: { data: Data }) {
  app.get<Query>(
    '/v1/platforms',
    {
      ...documentedOnly,
      schema: localizedSchema(
        'The SDK platforms the catalog holds',
        'Each platform: its id for the paths, its SDK package and version, its name in the locale and how many codes its table has.',
        'PlatformList',
      ),
    },
    localized(data.platformList),
  );

  app.get<Query>(
    '/v1/categories',
    {
      ...documentedOnly,
      schema: localizedSchema(
        'Categories, named in the locale, with the number of codes on each platform',
        'Every category, in display order.',
        'CategoryList',
      ),
    },
    localized(data.categoryList),
  );

  app.get(
    '/v1/locales',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The locales texts are served in',
        description: `The ${data.locales.filter((l) => !l.pseudo).length} real locales and the pseudo-locale \`en-XA\` (accented, longer text for testing UIs).`,
        headers: conditionalHeaders,
        response: {
          200: jsonResponse('Every served locale.', 'LocaleList', false),
          304: notModified,
          ...commonProblems,
        },
      },
    },
    (request, reply) => sendRepresentation(request, reply, data.localeList),
  );
}
