/**
 * The rate limit (@fastify/rate-limit) and where it counts. Without `REDIS_URL`, in
 * this process's memory. With it, in Redis through the plugin's own Redis store, so
 * every replica draws on one budget per client address.
 *
 * When Redis cannot be reached the limit fails open, with a logged warning: each
 * replica counts in its own memory until Redis answers again (a flood is still held
 * to RATE_LIMIT_MAX per replica), and it logs when the budget is shared again. Why not
 * fail closed: the answers are read-only, cacheable data that needs no Redis, and the
 * limit is there for fairness and against floods, which the per-replica budget and
 * under-pressure's load shedding still stop; answering 503 would turn an outage of
 * a secondary store into an outage of every replica.
 */
import rateLimit from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { limits } from './limits.js';

type Counted = { current: number; ttl: number };
type Done = (error: Error | null, result: Counted | null) => void;

/** What @fastify/rate-limit calls on a store. */
export interface StoreLike {
  incr(key: string, done: Done, timeWindow: number, max: number): void;
  child(routeOptions: unknown): StoreLike;
}

export interface RateLimitOptions {
  /** Requests per client address per minute. */
  readonly max: number;
  /** `redis://…` to share the budget between replicas; undefined to count in memory. */
  readonly redisUrl: string | undefined;
}

export interface RateLimitState {
  readonly store: 'memory' | 'redis';
  /** True while the budget is shared (Redis reachable). */
  readonly shared: boolean;
}

const WINDOW_MS = 60_000;
const KEY_PREFIX = 'error-codes-api:rate-limit:';

/** Falls back to each replica's memory while Redis cannot be reached. */
class FailOpenStore implements StoreLike {
  constructor(
    private readonly shared: StoreLike,
    private readonly local: StoreLike,
    private readonly link: RedisLink,
  ) {}

  incr(key: string, done: Done, timeWindow: number, max: number): void {
    if (!this.link.up) {
      this.local.incr(key, done, timeWindow, max);
      return;
    }
    this.shared.incr(
      key,
      (error, result) => {
        if (error === null && result !== null) {
          done(null, result);
          return;
        }
        this.link.failed(error);
        this.local.incr(key, done, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  child(routeOptions: unknown): StoreLike {
    return new FailOpenStore(
      this.shared.child(routeOptions),
      this.local.child(routeOptions),
      this.link,
    );
  }
}

/** The connection to Redis, and whether it is usable now; logs each change once. */
class RedisLink {
  up = false;
  readonly client: Redis;

  constructor(
    url: string,
    private readonly log: FastifyBaseLogger,
  ) {
    this.client = new Redis(url, {
      lazyConnect: true,
      // Fail a command at once while disconnected rather than queue requests behind it.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: limits.rateLimitStoreTimeoutMs,
      connectTimeout: 2_000,
      // Keep trying to come back, at most every 2 s.
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.client.on('ready', () => {
      if (!this.up) this.log.info('rate limit: budget shared through Redis');
      this.up = true;
    });
    this.client.on('error', (error: Error) => this.failed(error));
    this.client.on('close', () => this.failed(null));
    // A command can fail (a timeout) while the connection stays open, and then no
    // 'ready' comes: while down on an open connection, a ping says when it answers again.
    this.probe = setInterval(() => {
      if (this.up || this.client.status !== 'ready') return;
      this.client.ping().then(
        () => {
          if (!this.up) this.log.info('rate limit: budget shared through Redis again');
          this.up = true;
        },
        () => undefined,
      );
    }, 1_000);
    this.probe.unref();
  }

  private readonly probe: NodeJS.Timeout;

  close(): void {
    clearInterval(this.probe);
    this.client.disconnect();
  }

  failed(error: Error | null): void {
    if (!this.up) return;
    this.up = false;
    this.log.warn(
      { err: error ?? undefined },
      'rate limit: Redis unreachable; failing open, each replica counts in its own memory until it is back',
    );
  }
}

/** Registers @fastify/rate-limit on `app`; returns what `/healthz` reports. */
export async function registerRateLimit(
  app: FastifyInstance,
  { max, redisUrl }: RateLimitOptions,
  buildError: (max: number, after: string, statusCode: number) => Error,
): Promise<() => RateLimitState> {
  let store: (new () => StoreLike) | undefined;
  let state: () => RateLimitState = () => ({ store: 'memory', shared: false });
  if (redisUrl !== undefined) {
    const link = new RedisLink(redisUrl, app.log);
    // The first requests should already share the budget: wait a moment for Redis, but
    // start without it (failing open, as above) rather than not start.
    await link.client.connect().catch((error: unknown) => {
      app.log.warn(
        { err: error },
        'rate limit: Redis unreachable at start-up; counting in memory until it answers',
      );
    });
    app.addHook('onClose', async () => link.close());
    const shared = new RedisStore(false, false, link.client, KEY_PREFIX);
    const local = new LocalStore(false, false);
    const failOpen = new FailOpenStore(shared, local, link);
    store = class {
      constructor() {
        // biome-ignore lint/correctness/noConstructorReturn: the plugin instantiates the class it is given; it gets the one store.
        return failOpen;
      }
    } as unknown as new () => StoreLike;
    state = () => ({ store: 'redis', shared: link.up });
  }
  await app.register(rateLimit, {
    max,
    timeWindow: WINDOW_MS,
    enableDraftSpec: true,
    ...(store ? { store: store as never } : {}),
    errorResponseBuilder: (_request, context) =>
      buildError(context.max, context.after, context.statusCode),
  });
  return state;
}
