/**
 * The rate limit: @fastify/rate-limit through its public options and its
 * `createRateLimit()` check (called by `guard.ts`). RATE_LIMIT_MAX requests per
 * client address per minute (IPv6 per /64). Without `REDIS_URL` each process counts
 * in its own memory; with it the plugin's Redis store gives every replica one budget.
 *
 * When Redis cannot be reached the limit fails open (`skipOnError`), with a logged
 * warning: requests are served without being counted until Redis answers again, and
 * the replica logs when the budget is shared again. Why not fail closed: the answers
 * are read-only, cacheable data that needs no Redis, and the limit is there for
 * fairness and against floods, which under-pressure's load shedding still stops;
 * answering 503 would turn an outage of a secondary store into an outage of every
 * replica.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { limits } from './limits.js';

export interface RateLimitState {
  readonly store: 'memory' | 'redis';
  /** True while the budget is shared (Redis reachable). */
  readonly shared: boolean;
}

export interface RateLimitOptions {
  /** Requests per client address per minute. */
  readonly max: number;
  /** `redis://…` to share the budget between replicas; undefined to count in memory. */
  readonly redisUrl: string | undefined;
}

/**
 * Registers the plugin without its per-route hook (`global: false`): the guard counts
 * each request with `app.createRateLimit()`. Returns where the budget is kept.
 */
export async function registerRateLimit(
  app: FastifyInstance,
  { max, redisUrl }: RateLimitOptions,
): Promise<() => RateLimitState> {
  const redis = redisUrl === undefined ? undefined : await connect(app, redisUrl);
  await app.register(rateLimit, {
    global: false,
    max,
    timeWindow: 60_000,
    ipv6Subnet: 64,
    skipOnError: true,
    ...(redis ? { redis: redis.client, nameSpace: 'error-codes-api:rate-limit:' } : {}),
  });
  return redis === undefined
    ? () => ({ store: 'memory', shared: false })
    : () => ({ store: 'redis', shared: redis.up });
}

/** A client for the plugin's Redis store that never queues a request behind Redis, and logs each change of reachability once. */
async function connect(app: FastifyInstance, url: string) {
  const client = new Redis(url, {
    lazyConnect: true,
    // Fail a command at once while disconnected (the request is then not counted).
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: limits.rateLimitStoreTimeoutMs,
    connectTimeout: 2_000,
    // Keep trying to come back, at most every second.
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  });
  const link = { client, up: false };
  let wasUp = false;
  client.on('ready', () => {
    app.log.info(
      wasUp
        ? 'rate limit: Redis is back; budget shared through Redis again'
        : 'rate limit: budget shared through Redis',
    );
    link.up = true;
    wasUp = true;
  });
  const down = (error?: Error) => {
    if (!link.up) return;
    link.up = false;
    app.log.warn(
      { err: error },
      'rate limit: Redis unreachable; failing open, requests are not counted until it is back',
    );
  };
  client.on('error', down);
  client.on('close', () => down());
  app.addHook('onClose', async () => client.disconnect());
  // The first requests should already share the budget: wait for Redis a moment, but
  // start without it (failing open, as above) rather than not start.
  await client.connect().catch((error: unknown) => {
    app.log.warn({ err: error }, 'rate limit: Redis unreachable at start-up; failing open');
  });
  return link;
}
