/** `GET /healthz`: liveness for load balancers; 503 (problem+json) under pressure. */
import { catalog } from '@org/error-codes';
import type { FastifyInstance } from 'fastify';
import type { Data } from '../data.js';
import { JSON_CONTENT_TYPE } from '../representation.js';
import { commonProblems } from '../schemas.js';

export async function healthRoutes(app: FastifyInstance, { data }: { data: Data }) {
  app.get(
    '/healthz',
    {
      // A probe must see overload (503), not be rate limited out of seeing it.
      config: { rateLimit: false },
      schema: {
        tags: ['service'],
        summary: 'Liveness and readiness',
        response: {
          200: {
            description: 'Serving.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status', 'codes', 'locales', 'uptime'],
                  properties: {
                    status: { type: 'string', enum: ['ok'] },
                    codes: { type: 'integer', description: 'Entries in the catalog.' },
                    locales: { type: 'integer', description: 'Locales served.' },
                    uptime: { type: 'number', description: 'Seconds since the process started.' },
                  },
                },
              },
            },
          },
          406: commonProblems[406],
          503: commonProblems[503],
        },
      },
    },
    (_request, reply) =>
      reply
        .header('content-type', JSON_CONTENT_TYPE)
        .header('cache-control', 'no-store')
        .send(
          JSON.stringify({
            status: 'ok',
            codes: catalog.length,
            locales: data.locales.length,
            uptime: Math.round(process.uptime()),
          }),
        ),
  );
}
