/**
 * Conditional requests, in one place for every route: a representation is a body
 * built once with its strong entity tag and every header it is sent with, and
 * `sendRepresentation` answers 304 to a matching `If-None-Match` or sends it whole.
 * JSON answers, the problem pages and the OpenAPI document all go through here.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Fresh for an hour, then served stale while a revalidation (a cheap 304) runs in
 * the background: a release shows up within the hour without clients re-downloading.
 */
export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

/** A body built once, its strong entity tag, and the headers it is always sent with. */
export interface Representation {
  /**
   * Bytes when built once (no encoding or length scan per request), or text; or a
   * function that builds them, called only when a 200 is sent (not for a 304).
   */
  readonly body: Buffer | string | (() => Buffer);
  readonly etag: string;
  /** `etag`, `cache-control`, and `content-language` + `vary` when localized, plus any extra. */
  readonly headers: Readonly<Record<string, string>>;
  /** The headers of a 200: the above and `content-type`. */
  readonly fullHeaders: Readonly<Record<string, string>>;
  /**
   * Set when the body depends on the language negotiated (the headers then carry
   * `Vary` too): merged with what CORS put in `Vary`, when it put something.
   */
  readonly vary: string | undefined;
}

export interface RepresentOptions {
  readonly contentType?: string;
  /** The locale of the texts: `Content-Language`, and `Vary: Accept-Language`. */
  readonly language?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The strong tag, when the caller derives it from what the body is a function of
   * (cheaper than hashing a large body per request). Equal bodies must get equal tags.
   */
  readonly etag?: string;
}

/** A strong entity tag: a SHA-1 of the exact bytes, so equal bodies have equal tags. */
export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export function represent(
  body: Representation['body'],
  options: RepresentOptions = {},
): Representation {
  const etag = options.etag ?? etagOf(typeof body === 'function' ? body() : body);
  const headers: Record<string, string> = {
    etag,
    'cache-control': CACHE_CONTROL,
    ...options.headers,
  };
  if (options.language !== undefined) {
    headers['content-language'] = options.language;
    headers.vary = 'Accept-Language';
  }
  return {
    body,
    etag,
    headers: Object.freeze(headers),
    fullHeaders: Object.freeze({
      ...headers,
      'content-type': options.contentType ?? JSON_CONTENT_TYPE,
    }),
    vary: options.language === undefined ? undefined : 'Accept-Language',
  };
}

/** A value serialized once, kept as bytes. */
export function representJson(value: unknown, options: RepresentOptions = {}): Representation {
  return represent(Buffer.from(JSON.stringify(value)), options);
}

const MAX_IF_NONE_MATCH = 8192;

/**
 * RFC 9110 §13.1.2: `*` or any listed entity tag equal to ours under weak
 * comparison. Malformed members simply do not match; bounded work on any header.
 * Not `fresh`: it answers 200 to any request with `Cache-Control: no-cache`, which
 * fetch adds whenever a script sets `If-None-Match`, so fetch clients never got a 304.
 */
function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  for (const member of header.slice(0, MAX_IF_NONE_MATCH).split(',')) {
    const tag = member.trim();
    if (tag === '*' || tag === etag || (tag.startsWith('W/') && tag.slice(2) === etag)) {
      return true;
    }
  }
  return false;
}

/** Sends a representation: 304 with its validators when `If-None-Match` matches, else 200 and the body. */
export function sendRepresentation(
  request: FastifyRequest,
  reply: FastifyReply,
  representation: Representation,
): FastifyReply {
  const { vary } = representation;
  // CORS with a list of origins says `Vary: Origin`: keep it beside ours.
  const corsVary = vary === undefined ? undefined : reply.getHeader('vary');
  const fresh = ifNoneMatchHits(request.headers['if-none-match'], representation.etag);
  reply.headers(fresh ? representation.headers : representation.fullHeaders);
  if (corsVary !== undefined && corsVary !== '') reply.header('vary', `${corsVary}, ${vary}`);
  if (fresh) return reply.code(304).send();
  const { body } = representation;
  return reply.send(typeof body === 'function' ? body() : body);
}
