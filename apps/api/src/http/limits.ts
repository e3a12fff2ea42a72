/**
 * Every bound the service puts on a request, in one place so the README, the
 * OpenAPI document and the hostile-input tests read the same numbers. The search
 * text's bound is the catalog query seam's own (`queryLimits` of
 * @org/error-codes-i18n): the API and the docs index cap `q` alike.
 */
import { queryLimits } from '@org/error-codes-i18n';

export const limits = {
  /** Longest request target (path + query) served; longer is 414. */
  maxUrlLength: 2048,
  /** Longest path parameter the router matches; longer is 414 (a code or name is far shorter). */
  maxParamLength: 100,
  /** Longest code, name, alias or meaning id accepted in a path. */
  maxCodeLength: 64,
  /** Longest `q` search text: the query seam's bound. */
  maxQueryLength: queryLimits.maxQueryLength,
  /** These routes are GET-only: a body is 400, one over this many bytes 413; the parser's own cap on top. */
  bodyLimit: 1024,
  /** Longest request head (request line + headers) Node parses; longer is 414 or 431. */
  maxHeaderSize: 16 * 1024,
  /** Time for a client to send its whole request. */
  requestTimeoutMs: 10_000,
  /** Time for a client to send the request head (slowloris guard). */
  headersTimeoutMs: 5_000,
  /** Idle time before an open socket is closed. */
  connectionTimeoutMs: 30_000,
  /** Idle time a keep-alive connection is kept between requests. */
  keepAliveTimeoutMs: 5_000,
  /** Graceful shutdown: time given to in-flight requests before the process exits anyway. */
  shutdownTimeoutMs: 10_000,
  /** Page size of `GET /v1/{platform}/errors`. */
  defaultPageSize: 20,
  maxPageSize: 100,
  maxOffset: 10_000,
  /** Longest wait for the shared rate-limit store (Redis) before a request goes on without it. */
  rateLimitStoreTimeoutMs: 250,
} as const;
