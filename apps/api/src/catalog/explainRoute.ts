/** `GET /v1/explain/{input}`: every meaning of a number, name, alias or meaning id on every line. */
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
        summary: 'Every meaning of a code, name or alias, on every SDK version line',
        description:
          "One number can mean different things on different lines (3008 on iOS and on Flutter 1.2.x; Flutter 1.2.x and 3.x renumbered 3002–3023): `clash` says so. Each match carries the line's localized entry and its twins, the entries of the other lines that mean the same thing whatever their number (`sameMeaning`: iOS 3008 is web 3045). `unknownOn` lists the lines without a match and why: a line whose table is incomplete (`table-incomplete`) does not know the code, and no other line's table is read in its place.",
        params: explainParams,
        querystring: localeQuerystring,
        headers: localizedHeaders,
        response: {
          200: jsonResponse('Every match, in registry order (web first).', 'Explanation', true),
          304: notModified,
          400: problemResponse('Not a code, a name or a meaning id.'),
          404: problemResponse('No line has this code, name, alias or meaning id.'),
          ...commonProblems,
        },
      },
    },
    (request, reply) => {
      const { input } = request.params;
      const locale = negotiateLocale(request.query.locale, request.headers['accept-language']);
      const answer = data.explain(input, locale);
      if (answer === undefined) return sendUnknownCode(request, reply, input, 'No line');
      return sendRepresentation(request, reply, answer);
    },
  );
};
