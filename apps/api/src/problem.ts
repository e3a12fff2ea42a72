/**
 * RFC 9457 problem details: every error this service sends, in one table, the way
 * Fastify keeps its own errors in `lib/errors.js`. The README lists the same types.
 */
import { STATUS_CODES } from 'node:http';
import { DEFAULT_DOCS_BASE_URL } from '@org/error-codes';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Problem type URIs are identifiers, stable across deployments: they hang off the
 * catalog's canonical docs address, not the configurable DOCS_BASE_URL.
 */
export const PROBLEM_TYPE_BASE = `${DEFAULT_DOCS_BASE_URL}/problems/`;

export const problemTypes = {
  'invalid-request': { status: 400, title: 'Invalid request' },
  'unknown-code': { status: 404, title: 'Unknown error code' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'not-acceptable': { status: 406, title: 'Not acceptable' },
  'request-timeout': { status: 408, title: 'Request timeout' },
  'content-too-large': { status: 413, title: 'Content too large' },
  'uri-too-long': { status: 414, title: 'URI too long' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'headers-too-large': { status: 431, title: 'Request header fields too large' },
  'internal-error': { status: 500, title: 'Internal server error' },
  overloaded: { status: 503, title: 'Service overloaded' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemSlug = keyof typeof problemTypes;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly [extension: string]: unknown;
}

const MAX_INSTANCE = 256;

/**
 * The occurrence: the request path (no query string, which may hold anything),
 * cut to a bounded length so a 414 does not echo its own overlong URL.
 */
export function instanceOf(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  return path.length > MAX_INSTANCE ? `${path.slice(0, MAX_INSTANCE)}…` : path;
}

export function problem(
  slug: ProblemSlug,
  detail: string,
  url: string | undefined,
  extensions: Readonly<Record<string, unknown>> = {},
): Problem {
  const { status, title } = problemTypes[slug];
  return {
    type: PROBLEM_TYPE_BASE + slug,
    title,
    status,
    detail,
    instance: instanceOf(url),
    ...extensions,
  };
}

/** Sends a problem+json reply; errors are never cached. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: ProblemSlug,
  detail: string,
  extensions?: Readonly<Record<string, unknown>>,
): FastifyReply {
  const body = problem(slug, detail, request.raw.url, { ...extensions, requestId: request.id });
  return reply
    .code(body.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(body));
}

/**
 * A complete HTTP/1.1 problem response as raw bytes, for errors Node raises before
 * Fastify sees a request (a head too large, a malformed request line, a timeout).
 */
export function rawProblemResponse(slug: ProblemSlug, detail: string, url?: string): string {
  const body = JSON.stringify(problem(slug, detail, url));
  const { status } = problemTypes[slug];
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Bounded, JSON-safe excerpt of client input for a `detail` sentence. */
export function excerpt(value: string, max = 64): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
