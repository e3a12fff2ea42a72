import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL } from './representation.js';
import { makeApp } from './testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

const cacheable = [
  '/v1/errors/4001',
  '/v1/errors/4001?locale=ar',
  '/v1/errors?q=token&locale=de',
  '/v1/errors?category=recording&limit=5&offset=2',
  '/v1/categories',
  '/v1/locales',
  '/openapi.json',
];

describe('entity tags', () => {
  it.each(cacheable)('%s has a strong ETag that is a hash of its body', async (url) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(200);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(etag).toBe(`"${createHash('sha1').update(res.body).digest('base64url')}"`);
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL);
  });

  it.each(cacheable)('%s answers 304, without a body, to its own ETag', async (url) => {
    const first = await app.inject(url);
    const etag = first.headers.etag as string;
    const again = await app.inject({ url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe(CACHE_CONTROL);
    expect(again.headers.vary).toBe(first.headers.vary);
  });

  it('differs per representation: locale, filters and page', async () => {
    const tags = await Promise.all(
      [
        '/v1/errors/4001?locale=en',
        '/v1/errors/4001?locale=de',
        '/v1/errors/4002?locale=en',
        '/v1/errors?limit=5',
        '/v1/errors?limit=5&offset=5',
        '/v1/errors?q=token',
      ].map(async (url) => (await app.inject(url)).headers.etag),
    );
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('is the same for every URL of the same representation', async () => {
    const a = await app.inject('/v1/errors/4001?locale=de');
    const b = await app.inject({
      url: '/v1/errors/INVALID_API_KEY',
      headers: { 'accept-language': 'de-DE' },
    });
    expect(b.headers.etag).toBe(a.headers.etag);
  });

  it('matches under the weak comparison of If-None-Match: lists, W/ and *', async () => {
    const etag = (await app.inject('/v1/errors/4001')).headers.etag as string;
    for (const header of [`"nope", ${etag}`, `W/${etag}`, '*', ` ${etag} ,"x"`]) {
      const res = await app.inject({
        url: '/v1/errors/4001',
        headers: { 'if-none-match': header },
      });
      expect(res.statusCode, header).toBe(304);
    }
  });

  it('serves the full body when the tag does not match', async () => {
    const etag = (await app.inject('/v1/errors/4001?locale=de')).headers.etag as string;
    const res = await app.inject({
      url: '/v1/errors/4001?locale=fr',
      headers: { 'if-none-match': etag },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().locale).toBe('fr');
  });

  it('answers HEAD with 304 too', async () => {
    const etag = (await app.inject('/v1/locales')).headers.etag as string;
    const res = await app.inject({
      method: 'HEAD',
      url: '/v1/locales',
      headers: { 'if-none-match': etag },
    });
    expect(res.statusCode).toBe(304);
  });

  it('never caches errors or health', async () => {
    expect((await app.inject('/v1/errors/9999')).headers['cache-control']).toBe('no-store');
    expect((await app.inject('/nope')).headers['cache-control']).toBe('no-store');
    expect((await app.inject('/healthz')).headers['cache-control']).toBe('no-store');
    expect((await app.inject('/v1/errors/9999')).headers.etag).toBeUndefined();
  });
});
