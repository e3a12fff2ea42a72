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
import { sendRepresentation } from '../http/representation.js';
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

const unknownPlatform = problemResponse(
  'No such platform; the problem names the ones there are (`platforms`).',
);

export async function errorRoutes(app: FastifyInstance, { data }: { data: Data }) {
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
      const platform = platformOf(data, request, reply, request.params.platform);
      if (platform === undefined) return reply;
      const read = readListRequest(request.query, platform.info.id);
      if (!read.ok) return sendInvalid(request, reply, read.errors);
      const { locale, ...page } = read.value;
      return sendRepresentation(
        request,
        reply,
        platform.list(negotiateLocale(locale, request.headers['accept-language']), page),
      );
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
