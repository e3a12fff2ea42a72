/** `GET /v1/{platform}/errors` (filter, search, page) and `GET /v1/{platform}/errors/{code}`. */
import type { FastifyInstance } from 'fastify';
import { negotiateLocale } from '../http/negotiation.js';
import {
  commonProblems,
  jsonResponse,
  limitsText,
  notModified,
  problemResponse,
} from '../http/openapi.js';
import { type Representation, sendRepresentation } from '../http/representation.js';
import type { Data } from './data.js';
import { codeError, readListRequest, readLocale } from './request.js';
import { documentedOnly, platformOf, sendInvalid, sendUnknownCode } from './respond.js';
import {
  codeParam,
  listQuerystring,
  localeQuery,
  localizedHeaders,
  platformParam,
} from './schemas.js';

interface PlatformParams {
  platform: string;
}

interface EntryParams extends PlatformParams {
  code: string;
}

/**
 * Pages already answered, by URL (and Accept-Language when no `?locale=` is given):
 * a popular search is run once, not per request. Keys come from clients, so the map
 * is capped, oldest out first, and long headers are not kept.
 */
const LIST_CACHE_SIZE = 256;
const MAX_CACHED_LANGUAGE = 128;

const unknownPlatform = problemResponse(
  'No such platform; the problem names the ones there are (`platforms`).',
);

export async function errorRoutes(app: FastifyInstance, { data }: { data: Data }) {
  const pages = new Map<string, Representation>();
  app.get<{ Params: PlatformParams; Querystring: Record<string, unknown> }>(
    '/v1/:platform/errors',
    {
      ...documentedOnly,
      schema: {
        tags: ['errors'],
        summary: "List, filter and search a platform's catalog",
        description: `Entries in catalog order (by code), localized. The filters and \`q\` are the catalog query of @org/error-codes-i18n, the same the docs index uses. Unknown parameters are ignored; a parameter given twice is 400. ${limitsText}`,
        params: {
          type: 'object',
          required: ['platform'],
          properties: { platform: platformParam },
        },
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
      const key =
        typeof request.query.locale === 'string' ? request.url : `${request.url}\u0000${language}`;
      const cached = pages.get(key);
      if (cached !== undefined) return sendRepresentation(request, reply, cached);
      const platform = platformOf(data, request, reply, request.params.platform);
      if (platform === undefined) return reply;
      const read = readListRequest(request.query, platform.info.id);
      if (!read.ok) return sendInvalid(request, reply, read.errors);
      const { locale, ...page } = read.value;
      const representation = platform.list(negotiateLocale(locale, language), page);
      if (language === undefined || language.length <= MAX_CACHED_LANGUAGE) {
        if (pages.size >= LIST_CACHE_SIZE) pages.delete(pages.keys().next().value as string);
        pages.set(key, representation);
      }
      return sendRepresentation(request, reply, representation);
    },
  );

  app.get<{ Params: EntryParams; Querystring: Record<string, unknown> }>(
    '/v1/:platform/errors/:code',
    {
      ...documentedOnly,
      schema: {
        tags: ['errors'],
        summary: 'Look up one code, name or alias on a platform',
        description:
          '`4001`, `INVALID_API_KEY` and `invalid_api_key` give the same entry; so does an alias (`MAX_PARTICIPANT_REACHED` for web `MAX_PARTCIPANT_REACHED`). Localized, with causes and fixes.',
        params: {
          type: 'object',
          required: ['platform', 'code'],
          properties: { platform: platformParam, code: codeParam },
        },
        querystring: { type: 'object', properties: { locale: localeQuery } },
        headers: localizedHeaders,
        response: {
          200: jsonResponse('The entry.', 'ErrorEntry', true),
          304: notModified,
          400: problemResponse('Not a code or a name (`-1`, `4001.5`, `__proto__`).'),
          404: problemResponse(
            'No such platform (`unknown-platform`), or no such code or name on it (`unknown-code`).',
          ),
          ...commonProblems,
        },
      },
    },
    (request, reply) => {
      const platform = platformOf(data, request, reply, request.params.platform);
      if (platform === undefined) return reply;
      const { code } = request.params;
      const bad = codeError(code);
      if (bad !== undefined) return sendInvalid(request, reply, [bad]);
      const locale = readLocale(request.query);
      if (!locale.ok) return sendInvalid(request, reply, locale.errors);
      const position = platform.find(code);
      if (position === undefined) {
        return sendUnknownCode(request, reply, code, `The ${platform.info.id} table`);
      }
      return sendRepresentation(
        request,
        reply,
        platform.entry(negotiateLocale(locale.value, request.headers['accept-language']), position),
      );
    },
  );
}
