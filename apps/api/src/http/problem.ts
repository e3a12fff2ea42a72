/**
 * RFC 9457 problem details: every error this service sends, in one table, the way
 * Fastify keeps its own errors in `lib/errors.js`. The README lists the same types.
 */
import { STATUS_CODES } from 'node:http';
import { platformIds } from '@org/error-codes';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { linesWithoutTable, versionLines } from '../catalog/platformSegment.js';
import { limits } from './limits.js';

const code = (id: string) => `\`${id}\``;
const versionedSdks = [...versionLines]
  .map(([sdk, group]) => `${code(sdk)}: ${group.map((l) => code(l.id)).join(', ')}`)
  .join('; ');
const withoutTable = linesWithoutTable.map((line) => code(line.id)).join(', ');

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Where this server's problem type pages are (`PUBLIC_BASE_URL`, else the address it
     * listens on): every `type` is this plus `/problems/<slug>`, and resolves here.
     */
    readonly problemBaseUrl: string;
  }
}

/** The path, under the public base, of the problem type pages (`GET /problems/:slug`). */
export const PROBLEMS_PATH = '/problems/';

export function problemTypeUri(baseUrl: string, slug: ProblemSlug): string {
  return `${baseUrl}${PROBLEMS_PATH}${slug}`;
}

/**
 * Each type with what its page says: `when` it happens and what a client should `do`.
 * The README's table lists the same slugs and statuses (a test checks it). The first
 * type of a status is the one a bare status maps to (`slugForStatus`): `not-found`
 * before the resource-specific 404s.
 */
export const problemTypes = {
  'invalid-request': {
    status: 400,
    title: 'Invalid request',
    when: `A path or query parameter is malformed or out of range (the \`errors\` member lists each one with where it is and what it must be), a parameter is given twice, the URL has bad percent-encoding, the request is not valid HTTP/1.1, or a GET carries a body (of at most ${limits.bodyLimit} bytes, or chunked).`,
    whatToDo:
      'Fix the request as `detail` and `errors` say; sending it again unchanged gives the same answer. `limit` and `offset` are decimal digits only; codes are digits or a wire name.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    when: 'No resource at this path (paths are case-sensitive; the API lives under `/v1`).',
    whatToDo: 'Use a path from the OpenAPI document at `/openapi.json`.',
  },
  'unknown-code': {
    status: 404,
    title: 'Unknown error code',
    when: "The code, name or alias is well-formed but the line's table has no such entry (`9999`, `04001`, `NO_SUCH_ERROR`); on a line whose table is incomplete (`complete: false` in `GET /v1/platforms`) the code is unknown on that line, and is never read with another line's table. For `/v1/explain/{input}`, no line has it.",
    whatToDo:
      'Check the code the SDK reported and the SDK version line it came from: one number can mean different things on different lines (iOS 3008 is not Flutter 1.2.x 3008). `GET /v1/explain/{input}` looks on every line; `GET /v1/{platform}/errors?q=` searches codes, names and texts. A code the catalog lacks may come from a newer SDK than this catalog describes.',
  },
  'unknown-platform': {
    status: 404,
    title: 'Unknown platform',
    when: 'The `{platform}` path segment is not one of the SDK version lines the catalog holds a table for (the `detail` and the `platforms` member name them).',
    whatToDo: `Use a line id from \`GET /v1/platforms\` (${platformIds.map(code).join(', ')}).`,
  },
  'ambiguous-platform': {
    status: 404,
    title: 'Platform needs its version line',
    when: `The \`{platform}\` path segment names an SDK whose version lines number their codes differently (${versionedSdks}), and no line is the default: a code read with another line's table means something else.`,
    whatToDo:
      "Use the id of the line that covers the app's SDK version: the `detail` gives each line's versions, and the `platforms` member its ids.",
  },
  'platform-without-table': {
    status: 404,
    title: 'No table for this line',
    when: `The \`{platform}\` path segment is an SDK line the catalog knows but holds no table for (${withoutTable}): it gives no code a meaning rather than guess one.`,
    whatToDo:
      '`GET /v1/platforms` says why (`note`) and lists the lines with a table (`hasTable`); the `platforms` member names them.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    when: 'The path exists but takes only GET, HEAD and OPTIONS.',
    whatToDo: 'Use GET (or HEAD). The `Allow` header and the `allow` member list the methods.',
  },
  'not-acceptable': {
    status: 406,
    title: 'Not acceptable',
    when: 'The `Accept` header admits neither `application/json` nor `application/problem+json`.',
    whatToDo: 'Send `Accept: application/json`, or no `Accept` at all.',
  },
  'request-timeout': {
    status: 408,
    title: 'Request timeout',
    when: `The whole request was not received within ${limits.requestTimeoutMs / 1000} s (its head within ${limits.headersTimeoutMs / 1000} s).`,
    whatToDo: 'Send the request again, in one piece.',
  },
  'content-too-large': {
    status: 413,
    title: 'Content too large',
    when: `A request body larger than ${limits.bodyLimit} bytes: these routes take no body at all, and a body under that size is 400 invalid-request instead.`,
    whatToDo: 'Send GET or HEAD with no body; put parameters in the query string.',
  },
  'uri-too-long': {
    status: 414,
    title: 'URI too long',
    when: `The URL is longer than ${limits.maxUrlLength} characters, or a path segment longer than ${limits.maxParamLength}.`,
    whatToDo: `Shorten it: codes and names are short, and \`q\` takes at most ${limits.maxQueryLength} characters.`,
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    when: 'This client address sent more requests in the last minute than the service allows (`RATE_LIMIT_MAX`; one budget shared by every replica when they share a Redis).',
    whatToDo:
      'Wait the seconds `Retry-After` gives, then try again. Cache answers: each has an `ETag`, and a 304 revalidation is cheap.',
  },
  'headers-too-large': {
    status: 431,
    title: 'Request header fields too large',
    when: `The request head (request line and headers) is larger than ${limits.maxHeaderSize / 1024} KB.`,
    whatToDo: 'Send fewer or shorter headers (large cookies are the usual cause).',
  },
  'internal-error': {
    status: 500,
    title: 'Internal server error',
    when: 'A bug on the server. It is logged with its stack under the `requestId` of the answer.',
    whatToDo: 'Try again later; if it persists, report it with the `requestId`.',
  },
  overloaded: {
    status: 503,
    title: 'Service overloaded',
    when: 'The server is overloaded (its event loop is delayed by over a second) or shutting down.',
    whatToDo: 'Wait the seconds `Retry-After` gives, then try again.',
  },
} as const satisfies Record<
  string,
  { status: number; title: string; when: string; whatToDo: string }
>;

export type ProblemSlug = keyof typeof problemTypes;

const slugByStatus = new Map<number, ProblemSlug>();
for (const [slug, { status }] of Object.entries(problemTypes)) {
  if (!slugByStatus.has(status)) slugByStatus.set(status, slug as ProblemSlug);
}

/** The problem type an error with only a status code is answered with, derived from the table. */
export function slugForStatus(status: number): ProblemSlug | undefined {
  return slugByStatus.get(status);
}

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

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
function instanceOf(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  return path.length > MAX_INSTANCE ? `${path.slice(0, MAX_INSTANCE)}…` : path;
}

export function problem(
  baseUrl: string,
  slug: ProblemSlug,
  detail: string,
  url: string | undefined,
  extensions: Readonly<Record<string, unknown>> = {},
): Problem {
  const { status, title } = problemTypes[slug];
  return {
    type: problemTypeUri(baseUrl, slug),
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
  const body = problem(request.server.problemBaseUrl, slug, detail, request.raw.url, {
    ...extensions,
    requestId: request.id,
  });
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
export function rawProblemResponse(
  baseUrl: string,
  slug: ProblemSlug,
  detail: string,
  url?: string,
): string {
  const body = JSON.stringify(problem(baseUrl, slug, detail, url));
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
