/** `GET /healthz`: liveness for load balancers; 503 (problem+json) under pressure. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Data } from '../catalog/data.js';
import { commonProblems } from '../http/openapi.js';
import type { RateLimitState } from '../http/rateLimit.js';

/** Not rate limited: a probe must see overload (503), not be limited out of seeing it. */
export const HEALTH_PATH = '/healthz';

const health = Type.Object({
  status: Type.Enum(['ok'], { type: 'string' }),
  codes: Type.Record(Type.String(), Type.Integer(), {
    description: 'Entries in each platform table.',
  }),
  locales: Type.Integer({ description: 'Locales served.' }),
  rateLimit: Type.Object({
    store: Type.Enum(['memory', 'redis'], { type: 'string' }),
    shared: Type.Boolean({
      description:
        'True while the budget is shared through Redis; false in memory, or while Redis is unreachable (each request is then served uncounted).',
    }),
  }),
  uptime: Type.Number({ description: 'Seconds since the process started.' }),
});

export const healthRoutes: FastifyPluginAsyncTypebox<{
  readonly data: Data;
  /** Where the rate limit counts: `memory`, or `redis` (`shared`: reachable now). */
  readonly rateLimitStore: () => RateLimitState;
}> = async (app, { data, rateLimitStore }) => {
  const codes = Object.fromEntries(
    [...data.platforms].map(([id, platform]) => [id, platform.entryCount]),
  );
  app.get(
    HEALTH_PATH,
    {
      schema: {
        tags: ['service'],
        summary: 'Liveness and readiness',
        response: {
          200: { description: 'Serving.', content: { 'application/json': { schema: health } } },
          406: commonProblems[406],
          414: commonProblems[414],
          503: commonProblems[503],
        },
      },
    },
    // Serialized by Fastify from the response schema.
    (_request, reply) =>
      reply.header('cache-control', 'no-store').send({
        status: 'ok' as const,
        codes,
        locales: data.locales.length,
        rateLimit: rateLimitStore(),
        uptime: Math.round(process.uptime()),
      }),
  );
};
