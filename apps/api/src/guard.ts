/**
 * The one hook of our own every request passes (one hook, not five: each costs every
 * request): it adds the security headers, then checks, in the order a client is best
 * told about them, URL too long, unknown path or wrong method, body sent, and an
 * `Accept` that refuses JSON.
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { limits } from './limits.js';
import { acceptsJson } from './negotiation.js';
import { sendProblem } from './problem.js';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

// The API's own paths (the reference page's are left to the router). Matching here,
// not in the router, because a wrong method must say 405, not 404.
const KNOWN_PATH = /^\/(?:v1\/(?:errors(?:\/[^/]+)?|categories|locales)|openapi\.json|healthz)\/?$/;

export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

export function isKnownPath(url: string): boolean {
  return KNOWN_PATH.test(pathOf(url));
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (
    (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined
  );
}

export interface GuardOptions {
  /** Headers every reply carries (the security headers). */
  readonly headers: Readonly<Record<string, string>>;
  /** Paths under this prefix are HTML (the reference page): no JSON-only `Accept` check. */
  readonly htmlPrefix: string;
}

export function createGuard({ headers, htmlPrefix }: GuardOptions): onRequestHookHandler {
  return function guard(request, reply, done) {
    const url = request.raw.url ?? '/';
    // The HTML page sets its own (helmet's, with a CSP that lets it run).
    const html = url.startsWith(htmlPrefix);
    if (!html) reply.headers(headers);
    if (check(request, reply, url, html)) done();
  };
}

/** True when the request may go on; otherwise the problem is sent. */
function check(request: FastifyRequest, reply: FastifyReply, url: string, html: boolean): boolean {
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
    if (isKnownPath(url)) {
      reply.header('allow', ALLOWED_METHODS);
      sendProblem(
        request,
        reply,
        'method-not-allowed',
        `${request.method.slice(0, 16)} is not allowed here; use ${ALLOWED_METHODS}.`,
        { allow: ALLOWED_METHODS },
      );
    } else {
      sendProblem(
        request,
        reply,
        'not-found',
        'No resource at this path. The API lives under /v1.',
      );
    }
    return false;
  }
  if (hasBody(request)) {
    // The body is never read: close the connection rather than drain it.
    reply.header('connection', 'close');
    sendProblem(
      request,
      reply,
      'content-too-large',
      'These routes take no request body (GET and HEAD only).',
    );
    return false;
  }
  if (!html && !acceptsJson(request.headers.accept)) {
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
