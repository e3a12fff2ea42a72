// @fastify/rate-limit ships its stores without typings: the shape its plugin calls.
declare module '@fastify/rate-limit/store/LocalStore.js' {
  import type { StoreLike } from './rateLimit.js';

  const LocalStore: new (
    continueExceeding: boolean,
    exponentialBackoff: boolean,
    cache?: number,
  ) => StoreLike;
  export default LocalStore;
}

declare module '@fastify/rate-limit/store/RedisStore.js' {
  import type { StoreLike } from './rateLimit.js';

  const RedisStore: new (
    continueExceeding: boolean,
    exponentialBackoff: boolean,
    redis: unknown,
    key?: string,
  ) => StoreLike;
  export default RedisStore;
}
