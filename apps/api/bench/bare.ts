/**
 * The baselines: a bare Fastify server (no plugins, no hooks, no logger) whose routes
 * return fixed JSON objects the size of the API's answers (read from BENCH_BODIES),
 * and, with BENCH_PLUGINS=1, the same server with the three plugins the API must run
 * on every request (@fastify/cors, @fastify/under-pressure, @fastify/rate-limit) with
 * the API's options: the floor those plugins set.
 */
import { readFileSync } from 'node:fs';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import Fastify from 'fastify';

const bodies = JSON.parse(readFileSync(process.env.BENCH_BODIES ?? '', 'utf8')) as {
  single: unknown;
  search: unknown;
};
const app = Fastify();
if (process.env.BENCH_PLUGINS === '1') {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['ETag', 'Content-Language', 'Retry-After'],
    maxAge: 86_400,
    strictPreflight: false,
  });
  await app.register(underPressure, { maxEventLoopDelay: 1000, retryAfter: 10 });
  await app.register(rateLimit, { max: 1e9, timeWindow: 60_000, enableDraftSpec: true });
}
app.get('/single', () => bodies.single);
app.get('/search', () => bodies.search);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`bare listening on ${url}\n`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
