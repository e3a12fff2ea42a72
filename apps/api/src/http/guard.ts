/**
 * The one hook of our own every request passes (one hook, not four: each costs every
 * request): it adds the security headers, then checks, in the order a client is best
 * told about them, URL too long, body sent (400, or 413 over the body limit), and an
 * `Accept` that refuses JSON. A request no route takes goes on to the not-found
 * handler, which answers 405 on a known path (another method) and 404 elsewhere.
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { limits } from './limits.js';
import { acceptsJson } from './negotiation.js';
import { sendProblem } from './problem.js';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

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

export interface GuardOptions {
  /** Headers every reply carries (the security headers). */
  readonly headers: Readonly<Record<string, string>>;
  /** Paths under this prefix set their own security headers (the reference page). */
  readonly ownHeadersPrefix: string;
  /** Paths under these prefixes are HTML: no JSON-only `Accept` check. */
  readonly htmlPrefixes: readonly string[];
  /** Whether a path has a route (for another method): 405 rather than 404. */
  readonly isKnownPath: (path: string) => boolean;
  /** The rate limit's hook (`app.rateLimit()`): routes have their own, a path no route takes passes this one. */
  readonly rateLimit: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

export function createGuard({
  headers,
  ownHeadersPrefix,
  htmlPrefixes,
  isKnownPath,
  rateLimit,
}: GuardOptions): onRequestHookHandler {
  return function guard(request, reply, done) {
    const url = request.raw.url ?? '/';
    // The reference page sets helmet's, with a CSP that lets it run.
    if (!url.startsWith(ownHeadersPrefix)) reply.headers(headers);
    if (url.length > limits.maxUrlLength) {
      sendProblem(
        request,
        reply,
        'uri-too-long',
        `The request URL is ${url.length} characters long; the limit is ${limits.maxUrlLength}.`,
      );
      return;
    }
    if (request.is404) {
      // Counted like any request, then 405 on a path some route has, else 404.
      rateLimit(request, reply).then(
        () => notFound(request, reply, isKnownPath),
        (error: Error) => reply.send(error),
      );
      return;
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
      return;
    }
    if (!acceptsJson(request.headers.accept) && !htmlPrefixes.some((p) => url.startsWith(p))) {
      sendProblem(
        request,
        reply,
        'not-acceptable',
        'This resource is JSON: send an Accept that admits application/json or application/problem+json.',
      );
      return;
    }
    done();
  };
}

function notFound(
  request: FastifyRequest,
  reply: FastifyReply,
  isKnownPath: (path: string) => boolean,
): void {
  if (!isKnownPath(pathOf(request.url))) {
    sendProblem(request, reply, 'not-found', NOT_FOUND_DETAIL);
    return;
  }
  reply.header('allow', ALLOWED_METHODS);
  sendProblem(
    request,
    reply,
    'method-not-allowed',
    `${request.method.slice(0, 16)} is not allowed here; use ${ALLOWED_METHODS}.`,
    { allow: ALLOWED_METHODS },
  );
}
