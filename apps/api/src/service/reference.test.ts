import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await app.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    const document = res.json();
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every API route with its problems', async () => {
    const { paths, components } = (await app.inject('/openapi.json')).json();
    expect(Object.keys(paths).sort()).toEqual(
      [
        '/healthz',
        '/openapi.json',
        '/problems/',
        '/problems/{slug}',
        '/v1/categories',
        '/v1/errors',
        '/v1/errors/{code}',
        '/v1/locales',
      ].sort(),
    );
    const lookup = paths['/v1/errors/{code}'].get;
    expect(Object.keys(lookup.responses)).toEqual(
      expect.arrayContaining(['200', '304', '400', '404', '406', '429', '503']),
    );
    expect(lookup.responses['404'].content['application/problem+json']).toBeDefined();
    expect(lookup.responses['200'].headers.ETag).toBeDefined();
    const params = paths['/v1/errors'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        'category',
        'source',
        'severity',
        'retryable',
        'feature',
        'q',
        'locale',
        'limit',
        'offset',
        'accept-language',
        'if-none-match',
      ]),
    );
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['ErrorEntry', 'Problem', 'ErrorList']),
    );
  });

  it('describes what the routes really answer', async () => {
    const { components } = (await app.inject('/openapi.json')).json();
    const entry = (await app.inject('/v1/errors/4001')).json();
    expect(Object.keys(entry).sort()).toEqual(
      Object.keys(components.schemas.ErrorEntry.properties).sort(),
    );
    expect(components.schemas.ErrorEntry.required.sort()).toEqual(Object.keys(entry).sort());
  });
});

describe('the API reference page', () => {
  it('is served from local assets, with no CDN address', async () => {
    const page = await app.inject('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const html = page.body;
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      expect(asset, 'asset must be local').not.toMatch(/^(?:[a-z]+:)?\/\//i);
      const res = await app.inject(new URL(asset, 'http://local/docs/').pathname);
      expect(res.statusCode, asset).toBe(200);
    }
    const initializer = await app.inject('/docs/static/swagger-initializer.js');
    expect(initializer.body).not.toMatch(/https?:\/\/(?!stackoverflow)/);
    expect(initializer.body).toContain('validatorUrl: null');
    // The page loads the spec from the same server.
    expect((await app.inject('/docs/json')).json().openapi).toBe('3.1.0');
  });
});
