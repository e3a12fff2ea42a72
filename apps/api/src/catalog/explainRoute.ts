/** `GET /v1/explain/{input}`: every meaning of a number, name, alias or meaning id on every platform. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { negotiateLocale } from '../http/negotiation.js';
import {
  commonProblems,
  jsonResponse,
  localizedHeaders,
  notModified,
  problemResponse,
} from '../http/openapi.js';
import { sendRepresentation } from '../http/representation.js';
import type { Data } from './data.js';
import { sendUnknownCode } from './respond.js';
import { explainParams, localeQuerystring } from './schemas.js';

export const explainRoute: FastifyPluginAsyncTypebox<{ data: Data }> = async (app, { data }) => {
  app.get(
    '/v1/explain/:input',
    {
      schema: {
        tags: ['errors'],
        summary: 'Every meaning of a code, name or alias, on every platform',
        description:
          'One number can mean different things on web and Flutter (3011–3023): `clash` says so, and each match carries the localized entry and the entries of the other platforms that mean the same thing (`sameMeaning`).',
        params: explainParams,
        querystring: localeQuerystring,
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
      const locale = negotiateLocale(request.query.locale, request.headers['accept-language']);
      const answer = data.explain(input, locale);
      if (answer === undefined) return sendUnknownCode(request, reply, input, 'No platform');
      return sendRepresentation(request, reply, answer);
    },
  );
};
