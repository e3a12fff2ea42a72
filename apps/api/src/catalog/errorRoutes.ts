/** `GET /v1/errors` (filter, search, paginate) and `GET /v1/errors/:code`. */
import {
  categories,
  type ErrorCategory,
  type ErrorFeature,
  type ErrorSeverity,
  type ErrorSource,
  features,
  severities,
  sources,
} from '@org/error-codes';
import type { FastifyInstance } from 'fastify';
import type { Data } from '../data.js';
import { decimalQuery } from '../decimalQuery.js';
import { limits } from '../limits.js';
import { negotiateLocale } from '../negotiation.js';
import { excerpt, sendProblem } from '../problem.js';
import { sendRepresentation } from '../representation.js';
import {
  commonProblems,
  jsonResponse,
  limitsText,
  localeQuery,
  negotiationHeaders,
  notModified,
  problemResponse,
} from '../schemas.js';

interface ListQuery {
  category?: ErrorCategory;
  source?: ErrorSource;
  severity?: ErrorSeverity;
  retryable?: boolean;
  feature?: ErrorFeature;
  q?: string;
  locale?: string;
  limit: number;
  offset: number;
}

interface EntryParams {
  code: string;
}

// A decimal code, or a wire name in any case. Anything else is 400, not 404: it
// cannot be a code at all (`-1`, `4001.0`, `٤٠٠١`, `__proto__`, `%00`).
const CODE_PATTERN = `^(?:[0-9]{1,10}|[A-Za-z][A-Za-z0-9_]{0,${limits.maxCodeLength - 1}})$`;

export async function errorRoutes(app: FastifyInstance, { data }: { data: Data }) {
  app.get<{ Querystring: ListQuery }>(
    '/v1/errors',
    {
      schema: {
        tags: ['errors'],
        summary: 'List, filter and search the catalog',
        description: `Entries in catalog order (by code), with their texts in the negotiated locale. \`q\` matches the code, the wire name (with or without underscores), the SDK message and the localized title, description and user message: every word must appear, case-insensitively. ${limitsText}`,
        querystring: {
          type: 'object',
          properties: {
            category: { type: 'string', enum: [...categories] },
            source: { type: 'string', enum: [...sources] },
            severity: { type: 'string', enum: [...severities] },
            retryable: { type: 'boolean' },
            feature: { type: 'string', enum: [...features] },
            q: {
              type: 'string',
              maxLength: limits.maxQueryLength,
              description: 'Words to find in the code, name and texts.',
              examples: ['token'],
            },
            locale: localeQuery,
            limit: {
              type: 'integer',
              minimum: 1,
              maximum: limits.maxPageSize,
              default: limits.defaultPageSize,
              description: 'Page size, in decimal digits (`20`; not `2e1`, `+20` or `20.0`).',
            },
            offset: {
              type: 'integer',
              minimum: 0,
              maximum: limits.maxOffset,
              default: 0,
              description: 'Entries to skip, in decimal digits.',
            },
          },
        },
        headers: negotiationHeaders,
        response: {
          200: jsonResponse('A page of matching entries.', 'ErrorList', true),
          304: notModified,
          400: problemResponse('A filter, `q`, `locale`, `limit` or `offset` is invalid.'),
          ...commonProblems,
        },
      },
      preValidation: decimalQuery(['limit', 'offset']),
    },
    (request, reply) => {
      const { locale: localeParam, limit, offset, ...filters } = request.query;
      const locale = negotiateLocale(localeParam, request.headers['accept-language']);
      return sendRepresentation(request, reply, data.list(locale, filters, limit, offset), locale);
    },
  );

  app.get<{ Params: EntryParams; Querystring: { locale?: string } }>(
    '/v1/errors/:code',
    {
      schema: {
        tags: ['errors'],
        summary: 'Look up one code or name',
        description:
          '`4001`, `INVALID_API_KEY` and `invalid_api_key` give the same entry. Texts in the negotiated locale.',
        params: {
          type: 'object',
          required: ['code'],
          properties: {
            code: {
              type: 'string',
              pattern: CODE_PATTERN,
              description:
                'A decimal code (`4001`) or a wire name in any case (`invalid_api_key`).',
              examples: ['4001'],
            },
          },
        },
        querystring: { type: 'object', properties: { locale: localeQuery } },
        headers: negotiationHeaders,
        response: {
          200: jsonResponse('The entry.', 'ErrorEntry', true),
          304: notModified,
          400: problemResponse('Not a code or a name (`-1`, `4001.5`, `__proto__`).'),
          404: problemResponse('No such code or name in the catalog.'),
          ...commonProblems,
        },
      },
    },
    (request, reply) => {
      const { code } = request.params;
      const entry = data.find(code);
      if (entry === undefined) {
        return sendProblem(
          request,
          reply,
          'unknown-code',
          `The catalog has no error code or name ${excerpt(code)}.`,
        );
      }
      const locale = negotiateLocale(request.query.locale, request.headers['accept-language']);
      const representation = data.entry(locale, entry.code);
      // Every served locale holds every catalog code; the guard keeps the type honest.
      if (representation === undefined) {
        return sendProblem(request, reply, 'unknown-code', `No texts for ${entry.code}.`);
      }
      return sendRepresentation(request, reply, representation, locale);
    },
  );
}
