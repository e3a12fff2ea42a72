/**
 * The checks every request passes before routing does any work, in the order a
 * client is best told about them: URL too long, wrong method, body sent, unknown path.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { limits } from './limits.js';
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

export function guard(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const url = request.raw.url ?? '/';
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
      sendProblem(request, reply, 'not-found', 'No resource at this path. The API lives under /v1.');
    }
    return;
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
    return;
  }
  done();
}
