/** `GET /healthz`: liveness for load balancers; 503 (problem+json) under pressure. */
import type { FastifyInstance } from 'fastify';
import type { Data } from '../catalog/data.js';
import { commonProblems } from '../http/openapi.js';
import { JSON_CONTENT_TYPE } from '../http/representation.js';

export interface HealthOptions {
  readonly data: Data;
  /** Where the rate limit counts: `memory`, or `redis` (`shared`: reachable now). */
  readonly rateLimitStore: () => { readonly store: 'memory' | 'redis'; readonly shared: boolean };
}

export async function healthRoutes(app: FastifyInstance, { data, rateLimitStore }: HealthOptions) {
  const codes = Object.fromEntries(
    [...data.platforms].map(([id, platform]) => [id, platform.entryCount]),
  );
  app.get(
    '/healthz',
    {
      // Not rate limited: a probe must see overload (503), not be limited out of seeing it.
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
                  required: ['status', 'codes', 'locales', 'rateLimit', 'uptime'],
                  properties: {
                    status: { type: 'string', enum: ['ok'] },
                    codes: {
                      type: 'object',
                      description: 'Entries in each platform table.',
                      additionalProperties: { type: 'integer' },
                    },
                    locales: { type: 'integer', description: 'Locales served.' },
                    rateLimit: {
                      type: 'object',
                      required: ['store', 'shared'],
                      properties: {
                        store: { type: 'string', enum: ['memory', 'redis'] },
                        shared: {
                          type: 'boolean',
                          description:
                            'True while the budget is shared through Redis; false in memory, or while Redis is unreachable (each replica then counts on its own).',
                        },
                      },
                    },
                    uptime: { type: 'number', description: 'Seconds since the process started.' },
                  },
                },
              },
            },
          },
          406: commonProblems[406],
          414: commonProblems[414],
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
            codes,
            locales: data.locales.length,
            rateLimit: rateLimitStore(),
            uptime: Math.round(process.uptime()),
          }),
        ),
  );
}
