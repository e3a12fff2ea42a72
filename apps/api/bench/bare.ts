/**
 * The baselines: a bare Fastify server (no plugins, no hooks, no logger) whose route
 * `/b/:i` sends the i-th of the API's own answers, as bytes built once (read from
 * BENCH_BODIES): the same body, with nothing else to do. With BENCH_PLUGINS=1, the
 * same server behind the three plugins the API must run on every request
 * (@fastify/cors, @fastify/under-pressure, @fastify/rate-limit) with the API's
 * options: the floor those plugins set. With BENCH_HEADERS (a JSON file), the bare
 * route also sends those headers (the API's own response headers): what sending them
 * costs, without any of the work that computes them.
 */
import { readFileSync } from 'node:fs';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import Fastify from 'fastify';

const bodies = (JSON.parse(readFileSync(process.env.BENCH_BODIES ?? '', 'utf8')) as string[]).map(
  (body) => Buffer.from(body),
);
const headers = process.env.BENCH_HEADERS
  ? (JSON.parse(readFileSync(process.env.BENCH_HEADERS, 'utf8')) as Record<string, string>)
  : undefined;
const app = Fastify();
if (process.env.BENCH_PLUGINS === '1') {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['ETag', 'Content-Language', 'Retry-After'],
    maxAge: 86_400,
    strictPreflight: false,
  });
  await app.register(underPressure, {
    retryAfter: 10,
    healthCheck: async () => true,
    healthCheckInterval: 250,
  });
  await app.register(rateLimit, { max: 1e9, timeWindow: 60_000, enableDraftSpec: true });
}
app.get<{ Params: { i: string } }>('/b/:i', (request, reply) => {
  if (headers) reply.headers(headers);
  return reply
    .header('content-type', 'application/json; charset=utf-8')
    .send(bodies[Number(request.params.i)]);
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`bare listening on ${url}\n`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
