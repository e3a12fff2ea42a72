/** `GET /v1/explain/{input}`: every meaning of a number, name, alias or meaning id on every platform. */
import type { FastifyInstance } from 'fastify';
import { negotiateLocale } from '../http/negotiation.js';
import { commonProblems, jsonResponse, notModified, problemResponse } from '../http/openapi.js';
import { sendRepresentation } from '../http/representation.js';
import type { Data } from './data.js';
import { explainInputError, readLocale } from './request.js';
import { documentedOnly, sendInvalid, sendUnknownCode } from './respond.js';
import { explainParam, localeQuery, localizedHeaders } from './schemas.js';

export async function explainRoute(app: FastifyInstance, { data }: { data: Data }) {
  app.get<{ Params: { input: string }; Querystring: Record<string, unknown> }>(
    '/v1/explain/:input',
    {
      ...documentedOnly,
      schema: {
        tags: ['errors'],
        summary: 'Every meaning of a code, name or alias, on every platform',
        description:
          'One number can mean different things on web and Flutter (3011–3023): `clash` says so, and each match carries the localized entry and the entries of the other platforms that mean the same thing (`sameMeaning`).',
        params: {
          type: 'object',
          required: ['input'],
          properties: { input: explainParam },
        },
        querystring: { type: 'object', properties: { locale: localeQuery } },
        headers: localizedHeaders,
        response: {
          200: jsonResponse('Every match, web first.', 'Explanation', true),
          304: notModified,
          400: problemResponse('Not a code, a name or a meaning id.'),
          404: problemResponse('No platform has this code, name, alias or meaning id.'),
          ...commonProblems,
        },
      },
    },
    (request, reply) => {
      const { input } = request.params;
      const bad = explainInputError(input);
      if (bad !== undefined) return sendInvalid(request, reply, [bad]);
      const locale = readLocale(request.query);
      if (!locale.ok) return sendInvalid(request, reply, locale.errors);
      const answer = data.explain(
        input,
        negotiateLocale(locale.value, request.headers['accept-language']),
      );
      if (answer === undefined) return sendUnknownCode(request, reply, input, 'No platform');
      return sendRepresentation(request, reply, answer);
    },
  );
}
