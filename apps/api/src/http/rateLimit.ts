/**
 * The rate limit: RATE_LIMIT_MAX requests per client address per minute, counted by
 * @fastify/rate-limit's own stores. Without `REDIS_URL`, its in-memory store in this
 * process. With it, its Redis store, so every replica draws on one budget.
 *
 * The count is taken in the one hook every request passes (`guard.ts`), not by the
 * plugin's per-route hook: that hook is an async function awaiting a promise around
 * the store, which costs about 5 µs on every request (measured in the bench); the
 * in-memory store answers synchronously, so here a request that is under the limit
 * costs one Map update. The answers are the plugin's: the `RateLimit-Limit`,
 * `-Remaining` and `-Reset` headers of the IETF draft, `Retry-After` and 429 past the
 * limit, IPv6 clients counted per /64 like the plugin's default key.
 *
 * When Redis cannot be reached the limit fails open, with a logged warning: each
 * replica counts in its own memory until Redis answers again (a flood is still held
 * to RATE_LIMIT_MAX per replica), and it logs when the budget is shared again. Why not
 * fail closed: the answers are read-only, cacheable data that needs no Redis, and the
 * limit is there for fairness and against floods, which the per-replica budget and
 * under-pressure's load shedding still stop; answering 503 would turn an outage of a
 * secondary store into an outage of every replica.
 */
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { limits } from './limits.js';

type Counted = { current: number; ttl: number };
type Done = (error: Error | null, result: Counted | null) => void;

/** What a store of @fastify/rate-limit offers. */
export interface StoreLike {
  incr(key: string, done: Done, timeWindow: number, max: number): void;
}

export interface RateLimitState {
  readonly store: 'memory' | 'redis';
  /** True while the budget is shared (Redis reachable). */
  readonly shared: boolean;
}

/** The outcome of counting one request. */
export interface Counting {
  readonly over: boolean;
  /** The `RateLimit-*` headers, and `Retry-After` when over. */
  readonly headers: Readonly<Record<string, string>>;
  readonly detail: string;
}

export interface RateLimiter {
  /** Counts a request from `ip`; calls back at once (memory) or when Redis answers. */
  count(ip: string, done: (counting: Counting) => void): void;
  readonly state: () => RateLimitState;
  readonly close: () => void;
}

export const RATE_LIMIT_WINDOW_MS = 60_000;
const KEY_PREFIX = 'error-codes-api:rate-limit:';

/** The client key: an IPv4 address, or the /64 an IPv6 address is in (an IPv4-mapped one as IPv4). */
export function clientKey(ip: string): string {
  // Fastify's request.ip is an address Node parsed: a colon means IPv6.
  if (!ip.includes(':')) return ip;
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (mapped?.[1]) return mapped[1];
  const [head = '', tail] = lower.split('::');
  const front = head === '' ? [] : head.split(':');
  const back = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [
    ...front,
    ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'),
    ...back,
  ];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

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
}

/** The connection to Redis, and whether it is usable now; logs each change once. */
class RedisLink {
  up = false;
  readonly client: Redis;
  private readonly probe: NodeJS.Timeout;

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
      // Keep trying to come back, at most every second.
      retryStrategy: (times) => Math.min(times * 100, 1_000),
    });
    this.client.on('ready', () => this.back());
    this.client.on('error', (error: Error) => this.failed(error));
    this.client.on('close', () => this.failed(null));
    // A command can fail (a timeout) while the connection stays open, and then no
    // 'ready' comes: while down on an open connection, a ping says when it answers again.
    this.probe = setInterval(() => {
      if (this.up || this.client.status !== 'ready') return;
      this.client.ping().then(
        () => this.back(),
        () => undefined,
      );
    }, 1_000);
    this.probe.unref();
  }

  private wasUp = false;

  private back(): void {
    if (!this.up) {
      this.log.info(
        this.wasUp
          ? 'rate limit: Redis is back; budget shared through Redis again'
          : 'rate limit: budget shared through Redis',
      );
    }
    this.up = true;
    this.wasUp = true;
  }

  failed(error: Error | null): void {
    if (!this.up) return;
    this.up = false;
    this.log.warn(
      { err: error ?? undefined },
      'rate limit: Redis unreachable; failing open, each replica counts in its own memory until it is back',
    );
  }

  close(): void {
    clearInterval(this.probe);
    this.client.disconnect();
  }
}

export interface RateLimitOptions {
  /** Requests per client address per minute. */
  readonly max: number;
  /** `redis://…` to share the budget between replicas; undefined to count in memory. */
  readonly redisUrl: string | undefined;
  readonly log: FastifyBaseLogger;
}

export async function createRateLimiter({
  max,
  redisUrl,
  log,
}: RateLimitOptions): Promise<RateLimiter> {
  const local = new LocalStore(false, false);
  let store: StoreLike = local;
  let state = (): RateLimitState => ({ store: 'memory', shared: false });
  let close = (): void => undefined;
  if (redisUrl !== undefined) {
    const link = new RedisLink(redisUrl, log);
    // The first requests should already share the budget: wait for Redis a moment, but
    // start without it (failing open, as above) rather than not start.
    await link.client.connect().catch((error: unknown) => {
      log.warn(
        { err: error },
        'rate limit: Redis unreachable at start-up; counting in memory until it answers',
      );
    });
    store = new FailOpenStore(new RedisStore(false, false, link.client, KEY_PREFIX), local, link);
    state = () => ({ store: 'redis', shared: link.up });
    close = () => link.close();
  }
  const limit = String(max);
  return {
    count(ip, done) {
      store.incr(
        clientKey(ip),
        (_error, result) => {
          // The stores here never fail (Redis falls back to memory); if one did, let it pass.
          const current = result?.current ?? 0;
          const reset = String(Math.max(0, Math.ceil((result?.ttl ?? 0) / 1000)));
          if (current <= max) {
            done({
              over: false,
              headers: {
                'ratelimit-limit': limit,
                'ratelimit-remaining': String(max - current),
                'ratelimit-reset': reset,
              },
              detail: '',
            });
            return;
          }
          done({
            over: true,
            headers: {
              'ratelimit-limit': limit,
              'ratelimit-remaining': '0',
              'ratelimit-reset': reset,
              'retry-after': reset,
            },
            detail: `More than ${max} requests in a minute from this address; retry in ${reset} s.`,
          });
        },
        RATE_LIMIT_WINDOW_MS,
        max,
      );
    },
    state,
    close,
  };
}
