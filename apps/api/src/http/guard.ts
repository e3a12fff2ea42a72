/**
 * The one hook of our own every request passes (one hook, not two: the rate limit's
 * own per-route hook is a second async hook, about 0.5 µs more a request in the
 * bench). It adds the security headers, counts the request with
 * @fastify/rate-limit's public `createRateLimit()` (429 past the limit; `/healthz` is
 * not counted, so a probe sees overload rather than a 429), then checks, in the order
 * a client is best told about them, URL too long, unknown path or wrong method, body
 * sent (400, or 413 over the body limit), and an `Accept` that refuses JSON.
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { limits } from './limits.js';
import { acceptsJson } from './negotiation.js';
import { sendProblem } from './problem.js';

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export const NOT_FOUND_DETAIL =
  'No resource at this path. The API lives under /v1 (GET /v1/platforms lists the platforms).';

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/**
 * Whether the request announces a body, and whether it is over the body limit. A
 * chunked body's size is unknown without reading it, and it is never read.
 */
function bodyOf(request: FastifyRequest): 'none' | 'some' | 'too-large' {
  const length = request.headers['content-length'];
  if (length !== undefined) {
    if (!/^[0-9]+$/.test(length)) return 'some';
    if (Number(length) > limits.bodyLimit) return 'too-large';
    if (Number(length) > 0) return 'some';
  }
  return request.headers['transfer-encoding'] === undefined ? 'none' : 'some';
}

/** What `app.createRateLimit()` of @fastify/rate-limit answers for a request (allowed: on no `allowList`). */
export type RateLimitCount =
  | { readonly isAllowed: true }
  | {
      readonly isAllowed: false;
      readonly max: number;
      readonly remaining: number;
      readonly ttlInSeconds: number;
      readonly isExceeded: boolean;
    };

export interface GuardOptions {
  /** Headers every reply carries (the security headers). */
  readonly headers: Readonly<Record<string, string>>;
  /** Paths under this prefix set their own security headers (the reference page). */
  readonly ownHeadersPrefix: string;
  /** Paths under these prefixes are HTML: no JSON-only `Accept` check. */
  readonly htmlPrefixes: readonly string[];
  /** Whether a path has a route (for another method): 405 rather than 404. */
  readonly isKnownPath: (path: string) => boolean;
  /** The rate limit's check (`app.createRateLimit()`), which counts the request. */
  readonly rateLimit: (request: FastifyRequest) => Promise<RateLimitCount>;
  /** Paths the rate limit does not count (the health probe). */
  readonly unlimitedPaths: readonly string[];
}

export function createGuard(options: GuardOptions): onRequestHookHandler {
  const unlimited = new Set(options.unlimitedPaths.flatMap((path) => [path, `${path}/`]));
  return function guard(request, reply, done) {
    const url = request.raw.url ?? '/';
    // The reference page sets helmet's, with a CSP that lets it run.
    if (!url.startsWith(options.ownHeadersPrefix)) reply.headers(options.headers);
    if (unlimited.has(pathOf(url))) {
      if (check(request, reply, url, options)) done();
      return;
    }
    options.rateLimit(request).then(
      (limit) => {
        if (limit.isAllowed) {
          if (check(request, reply, url, options)) done();
          return;
        }
        const { max, remaining, ttlInSeconds, isExceeded } = limit;
        // The IETF draft's headers, as the plugin's own hook sets them.
        reply.headers({
          'ratelimit-limit': max,
          'ratelimit-remaining': isExceeded ? 0 : remaining,
          'ratelimit-reset': ttlInSeconds,
        });
        if (isExceeded) {
          reply.header('retry-after', ttlInSeconds);
          const detail = `More than ${max} requests in a minute from this address; retry in ${ttlInSeconds} s.`;
          sendProblem(request, reply, 'rate-limited', detail);
        } else if (check(request, reply, url, options)) {
          done();
        }
      },
      (error: Error) => reply.send(error),
    );
  };
}

/** True when the request may go on; otherwise the problem is sent. */
function check(
  request: FastifyRequest,
  reply: FastifyReply,
  url: string,
  { htmlPrefixes, isKnownPath }: GuardOptions,
): boolean {
  if (url.length > limits.maxUrlLength) {
    sendProblem(
      request,
      reply,
      'uri-too-long',
      `The request URL is ${url.length} characters long; the limit is ${limits.maxUrlLength}.`,
    );
    return false;
  }
  if (request.is404) {
    if (isKnownPath(pathOf(url))) {
      reply.header('allow', ALLOWED_METHODS);
      sendProblem(
        request,
        reply,
        'method-not-allowed',
        `${request.method.slice(0, 16)} is not allowed here; use ${ALLOWED_METHODS}.`,
        { allow: ALLOWED_METHODS },
      );
    } else {
      sendProblem(request, reply, 'not-found', NOT_FOUND_DETAIL);
    }
    return false;
  }
  const body = bodyOf(request);
  if (body !== 'none') {
    // The body is never read: close the connection rather than drain it.
    reply.header('connection', 'close');
    if (body === 'too-large') {
      sendProblem(
        request,
        reply,
        'content-too-large',
        `The request body is over ${limits.bodyLimit} bytes, and these routes take no body (GET and HEAD only).`,
      );
    } else {
      sendProblem(
        request,
        reply,
        'invalid-request',
        'These routes take no request body (GET and HEAD only); put parameters in the query string.',
      );
    }
    return false;
  }
  if (!acceptsJson(request.headers.accept) && !htmlPrefixes.some((p) => url.startsWith(p))) {
    sendProblem(
      request,
      reply,
      'not-acceptable',
      'This resource is JSON: send an Accept that admits application/json or application/problem+json.',
    );
    return false;
  }
  return true;
}
