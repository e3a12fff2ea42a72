/** `GET /v1/{platform}/errors` (filter, search, page) and `GET /v1/{platform}/errors/{code}`. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { parseQuery } from '@org/error-codes-i18n';
import { LruMap } from 'toad-cache';
import { limits } from '../http/limits.js';
import { negotiateLocale } from '../http/negotiation.js';
import {
  commonProblems,
  jsonResponse,
  limitsText,
  localizedHeaders,
  notModified,
  problemResponse,
} from '../http/openapi.js';
import { sendProblem } from '../http/problem.js';
import { type Representation, sendRepresentation } from '../http/representation.js';
import type { Data, PlatformData } from './data.js';
import { platformRouteErrors, sendUnknownCode, unknownOnLine } from './respond.js';
import { entryParams, listQuerystring, localeQuerystring, platformParams } from './schemas.js';

/**
 * Pages already answered, by URL (and Accept-Language when no `?locale=` is given): a
 * popular search is run once, not per request (the bench's repeated search). Keys
 * come from clients: the least recently used page goes first, and long headers are
 * not kept.
 */
const LIST_CACHE_SIZE = 256;
const MAX_CACHED_LANGUAGE = 128;

const unknownPlatform = problemResponse(
  'No line with a table by that id (`unknown-platform`; `ambiguous-platform` for an SDK with several version lines, `platform-without-table` for a line the catalog has no table for); the `platforms` member names the ids to use.',
);

export const errorRoutes: FastifyPluginAsyncTypebox<{ data: Data }> = async (app, { data }) => {
  const pages = new LruMap<Representation>(LIST_CACHE_SIZE);
  app.get(
    '/v1/:platform/errors',
    {
      errorHandler: platformRouteErrors,
      schema: {
        tags: ['errors'],
        summary: "List, filter and search a platform's catalog",
        description: `Entries localized, in catalog order (by code), or best match first with \`q\` (and a \`suggestion\` when a word of it is found nowhere). The filters and \`q\` are the catalog query of @org/error-codes-i18n, the same the docs index uses. Unknown parameters are ignored; a parameter given twice is 400. ${limitsText}`,
        params: platformParams,
        querystring: listQuerystring,
        headers: localizedHeaders,
        response: {
          200: jsonResponse('A page of matching entries.', 'ErrorList', true),
          304: notModified,
          400: problemResponse(
            'A filter (the `errors` member names the allowed values), `q`, `locale`, `limit` or `offset` is invalid.',
          ),
          404: unknownPlatform,
          ...commonProblems,
        },
      },
    },
    (request, reply) => {
      const language = request.headers['accept-language'];
      const { locale, limit, offset, ...filters } = request.query;
      const key = locale === undefined ? `${request.url}\u0000${language}` : request.url;
      const cached = pages.get(key);
      if (cached !== undefined) return sendRepresentation(request, reply, cached);
      const { platform } = request.params;
      // The one query seam reads the filters and `q` (the schema has checked them).
      const { query } = parseQuery(filters);
      if (query.platform !== undefined && query.platform !== platform) {
        const message = `must be the path's platform (${platform}) or absent`;
        return sendProblem(
          request,
          reply,
          'invalid-request',
          `Query parameter "platform" ${message}.`,
          {
            errors: [{ in: 'query', name: 'platform', message }],
          },
        );
      }
      const representation = data.platforms.get(platform)?.list(negotiateLocale(locale, language), {
        query: { ...query, platform },
        limit: limit === undefined ? limits.defaultPageSize : Number(limit),
        offset: offset === undefined ? 0 : Number(offset),
      }) as Representation;
      if (language === undefined || language.length <= MAX_CACHED_LANGUAGE) {
        pages.set(key, representation);
      }
      return sendRepresentation(request, reply, representation);
    },
  );

  app.get(
    '/v1/:platform/errors/:code',
    {
      errorHandler: platformRouteErrors,
      schema: {
        tags: ['errors'],
        summary: 'Look up one code, name or alias on a platform',
        description:
          '`4001`, `INVALID_API_KEY` and `invalid_api_key` give the same entry; so does an alias (`MAX_PARTICIPANT_REACHED` for web `MAX_PARTCIPANT_REACHED`). Localized, with causes and fixes.',
        params: entryParams,
        querystring: localeQuerystring,
        headers: localizedHeaders,
        response: {
          200: jsonResponse('The entry.', 'ErrorEntry', true),
          304: notModified,
          400: problemResponse('Not a code or a name (`-1`, `4001.5`, `__proto__`).'),
          404: problemResponse(
            'No such code or name on the line (`unknown-code`; on an incomplete table, such as `flutter-3`, the code is unknown on that line), or no line with a table by that id (`unknown-platform`, `ambiguous-platform`, `platform-without-table`).',
          ),
          ...commonProblems,
        },
      },
    },
    (request, reply) => {
      const { platform, code } = request.params;
      const locale = negotiateLocale(request.query.locale, request.headers['accept-language']);
      const line = data.platforms.get(platform) as PlatformData;
      const entry = line.entry(locale, code);
      if (entry === undefined) {
        const more = unknownOnLine(line.info);
        return sendUnknownCode(request, reply, code, `The ${platform} table`, more);
      }
      return sendRepresentation(request, reply, entry);
    },
  );
};
