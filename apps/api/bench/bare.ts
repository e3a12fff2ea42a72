/**
 * The baseline: a bare Fastify server (no plugins, no hooks, no logger) whose routes
 * return fixed JSON objects the size of the API's answers, read from BENCH_BODIES.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const bodies = JSON.parse(readFileSync(process.env.BENCH_BODIES ?? '', 'utf8')) as {
  single: unknown;
  search: unknown;
};
const app = Fastify();
app.get('/single', () => bodies.single);
app.get('/search', () => bodies.search);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`bare listening on ${url}\n`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
