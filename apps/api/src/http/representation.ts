/**
 * How a cacheable JSON representation is sent: strong ETag, 304 on a matching
 * `If-None-Match`, a Cache-Control for data that changes only with a release.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Representation } from './data.js';
import { ifNoneMatchHits } from './negotiation.js';

/**
 * Fresh for an hour, then served stale while a revalidation (a cheap 304) runs in
 * the background: a release shows up within the hour without clients re-downloading.
 */
export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function sendRepresentation(
  request: FastifyRequest,
  reply: FastifyReply,
  representation: Representation,
  contentLanguage?: string,
): FastifyReply {
  reply.header('etag', representation.etag).header('cache-control', CACHE_CONTROL);
  if (contentLanguage !== undefined) {
    reply.header('content-language', contentLanguage);
    addVary(reply, 'Accept-Language');
  }
  if (ifNoneMatchHits(request.headers['if-none-match'], representation.etag)) {
    return reply.code(304).send();
  }
  return reply.header('content-type', JSON_CONTENT_TYPE).send(representation.body);
}

/** Adds a field to `Vary` without dropping what CORS put there (`Origin`). */
export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  reply.header('vary', current === undefined || current === '' ? field : `${current}, ${field}`);
}
