/** `GET /v1/platforms`, `GET /v1/categories` and `GET /v1/locales`: what clients filter and switch by. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Locale } from '@org/error-codes-i18n';
import { negotiateLocale } from '../http/negotiation.js';
import {
  commonProblems,
  conditionalHeaders,
  jsonResponse,
  localizedHeaders,
  notModified,
  problemResponse,
} from '../http/openapi.js';
import { type Representation, sendRepresentation } from '../http/representation.js';
import type { Data } from './data.js';
import { localeQuerystring } from './schemas.js';

export const vocabularyRoutes: FastifyPluginAsyncTypebox<{ data: Data }> = async (
  app,
  { data },
) => {
  /** A route serving the representation of the negotiated locale. */
  const localized = (
    url: string,
    summary: string,
    description: string,
    ref: string,
    of: (locale: Locale) => Representation,
  ) =>
    app.get(
      url,
      {
        schema: {
          tags: ['catalog'],
          summary,
          querystring: localeQuerystring,
          headers: localizedHeaders,
          response: {
            200: jsonResponse(description, ref, true),
            304: notModified,
            400: problemResponse('`locale` is not a language tag.'),
            ...commonProblems,
          },
        },
      },
      (request, reply) =>
        sendRepresentation(
          request,
          reply,
          of(negotiateLocale(request.query.locale, request.headers['accept-language'])),
        ),
    );

  localized(
    '/v1/platforms',
    'Every SDK version line the catalog knows',
    "Each line of the core's registry, in its order: its id for the paths, its name (and its name in the locale), its SDK package, registry and the versions it covers, whether the catalog holds its table (`hasTable`; Android has none) and whether that table is complete, how many codes it has, where it was read from, the core's entry point, a note on its coverage and its path in this API.",
    'PlatformList',
    data.platformList,
  );
  localized(
    '/v1/categories',
    'Categories, named in the locale, with the number of codes on each platform',
    'Every category, in display order.',
    'CategoryList',
    data.categoryList,
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
};
