/**
 * ETag, 304 and Cache-Control on every route: the routes are read from the OpenAPI
 * document (which a test holds to the registered routes), so a new route is covered
 * by itself.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../test/testing.js';
import { CACHE_CONTROL, etagOf } from './http/representation.js';

let app: FastifyInstance;
let documented: string[];
const examples: Record<string, string> = {
  platform: 'flutter-3',
  code: '3017',
  input: '3017',
  slug: 'rate-limited',
};

beforeAll(async () => {
  ({ app } = await makeApp());
  const { paths } = (await app.inject('/openapi.json')).json() as { paths: object };
  documented = Object.keys(paths).map((path) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) => examples[name] ?? name),
  );
});
afterAll(() => app.close());

const localized = [
  '/v1/web/errors/4001?locale=ar',
  '/v1/web/errors?q=token&locale=de',
  '/v1/flutter-3/errors?category=media-device&limit=5&offset=2',
  '/v1/ios/errors/3008?locale=de',
  '/v1/explain/camera-in-use?locale=ja',
  '/v1/platforms?locale=fr',
  '/v1/categories?locale=hi',
];

describe('every route', () => {
  it('is cacheable with a strong ETag and answers 304 to it, GET and HEAD', async () => {
    expect(documented.length).toBeGreaterThanOrEqual(10);
    for (const url of [...documented, ...localized]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      if (url === '/healthz') {
        expect(res.headers['cache-control']).toBe('no-store');
        continue;
      }
      const etag = res.headers.etag as string;
      expect(etag, url).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
      expect(res.headers['cache-control'], url).toBe(CACHE_CONTROL);
      for (const method of ['GET', 'HEAD'] as const) {
        const again = await app.inject({ method, url, headers: { 'if-none-match': etag } });
        expect(again.statusCode, `${method} ${url}`).toBe(304);
        expect(again.body).toBe('');
        expect(again.headers.etag).toBe(etag);
        expect(again.headers['cache-control']).toBe(CACHE_CONTROL);
        expect(again.headers.vary).toBe(res.headers.vary);
        expect(again.headers['content-language']).toBe(res.headers['content-language']);
      }
    }
  });
});

describe('entity tags', () => {
  it('are the hash of the body for single representations', async () => {
    for (const url of ['/v1/web/errors/4001', '/v1/locales', '/v1/explain/3017', '/openapi.json']) {
      const res = await app.inject(url);
      expect(res.headers.etag).toBe(etagOf(res.rawPayload));
    }
  });

  it('are equal exactly when the bodies are equal, lists included', async () => {
    const urls = [
      '/v1/web/errors/4001?locale=en',
      '/v1/web/errors/4001?locale=de',
      '/v1/web/errors/INVALID_API_KEY?locale=de',
      '/v1/flutter-1/errors/4001?locale=en',
      '/v1/ios/errors/4001?locale=en',
      '/v1/web/errors?limit=5',
      '/v1/web/errors?limit=5&offset=5',
      '/v1/web/errors?q=token',
      '/v1/web/errors?q=TOKEN',
      '/v1/web/errors?q=token&locale=de',
      '/v1/flutter-1/errors?q=token',
      '/v1/web/errors?q=zzzz',
      '/v1/web/errors?q=qqqq',
      '/v1/flutter-1/errors?q=zzzz',
      '/v1/react-native/errors?q=zzzz',
    ];
    const answers = await Promise.all(urls.map((url) => app.inject(url)));
    for (const a of answers) {
      for (const b of answers) {
        expect(a.headers.etag === b.headers.etag).toBe(a.body === b.body);
      }
    }
  });

  it('match under the weak comparison of If-None-Match: lists, W/ and *', async () => {
    const etag = (await app.inject('/v1/web/errors/4001')).headers.etag as string;
    for (const header of [`"nope", ${etag}`, `W/${etag}`, '*', ` ${etag} ,"x"`]) {
      const res = await app.inject({
        url: '/v1/web/errors/4001',
        headers: { 'if-none-match': header },
      });
      expect(res.statusCode, header).toBe(304);
    }
  });

  it('serve the full body when the tag does not match', async () => {
    const etag = (await app.inject('/v1/web/errors/4001?locale=de')).headers.etag as string;
    const res = await app.inject({
      url: '/v1/web/errors/4001?locale=fr',
      headers: { 'if-none-match': etag },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().locale).toBe('fr');
  });

  it('are never on errors, which are never cached', async () => {
    for (const url of [
      '/v1/web/errors/9999',
      '/v1/nope/errors',
      '/nope',
      '/v1/web/errors?limit=0',
    ]) {
      const res = await app.inject(url);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
    }
  });
});
