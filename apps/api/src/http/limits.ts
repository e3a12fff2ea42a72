/**
 * Every bound the service puts on a request, in one place so the README, the
 * OpenAPI document and the hostile-input tests read the same numbers.
 */
export const limits = {
  /** Longest request target (path + query) served; longer is 414. */
  maxUrlLength: 2048,
  /** Longest path parameter the router matches; longer is 414 (a code or name is far shorter). */
  maxParamLength: 100,
  /** Longest code or name accepted in `/v1/errors/:code`. */
  maxCodeLength: 64,
  /** Longest `q` search text. */
  maxQueryLength: 100,
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
  /** Page size of `GET /v1/errors`. */
  defaultPageSize: 20,
  maxPageSize: 100,
  maxOffset: 10_000,
} as const;
