import { queryFilters } from '@org/error-codes-i18n';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/testing.js';
import { REFERENCE_PREFIX } from './reference.js';

let app: FastifyInstance;
const registered = new Set<string>();
beforeAll(async () => {
  ({ app } = await makeApp(
    {},
    {
      onRoute: (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        if (methods.includes('GET')) registered.add(route.url);
      },
    },
  ));
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

  it('documents every route the app registers, and only those', async () => {
    const { paths } = (await app.inject('/openapi.json')).json();
    const served = [...registered]
      .filter((url) => !url.startsWith(`${REFERENCE_PREFIX}`))
      .map((url) => url.replace(/:(\w+)/g, '{$1}'))
      .sort();
    expect(Object.keys(paths).sort()).toEqual(served);
    expect(served).toEqual(
      expect.arrayContaining([
        '/v1/platforms',
        '/v1/{platform}/errors',
        '/v1/{platform}/errors/{code}',
        '/v1/explain/{input}',
        '/v1/categories',
        '/v1/locales',
        '/openapi.json',
        '/healthz',
        '/problems/',
        '/problems/{slug}',
      ]),
    );
  });

  it('gives every JSON route its 200, 304 with validators, and problem answers', async () => {
    const { paths } = (await app.inject('/openapi.json')).json();
    type Response = { headers: Record<string, unknown> };
    type Operation = { responses: Record<string, Response> };
    for (const [path, item] of Object.entries<Record<string, Operation>>(paths)) {
      const { responses } = item.get as Operation;
      // The health probe is not rate limited (it must see overload, not a 429).
      const always = path === '/healthz' ? ['200', '406', '503'] : ['200', '406', '429', '503'];
      expect(Object.keys(responses), path).toEqual(expect.arrayContaining(always));
      if (path === '/healthz') continue;
      expect(responses['304'], path).toBeDefined();
      expect(responses['200']?.headers.ETag, path).toBeDefined();
      expect(responses['200']?.headers['Cache-Control'], path).toBeDefined();
    }
    const lookup = paths['/v1/{platform}/errors/{code}'].get;
    expect(Object.keys(lookup.responses)).toEqual(expect.arrayContaining(['400', '404']));
    expect(lookup.responses['404'].content['application/problem+json']).toBeDefined();
    const params = paths['/v1/{platform}/errors'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(params).toEqual(
      expect.arrayContaining([
        'platform',
        ...Object.keys(queryFilters).filter((name) => name !== 'platform'),
        'q',
        'locale',
        'limit',
        'offset',
        'accept-language',
        'if-none-match',
      ]),
    );
  });

  it('describes what the routes really answer', async () => {
    const { components } = (await app.inject('/openapi.json')).json();
    for (const url of [
      '/v1/web/errors/4001',
      '/v1/flutter-1/errors/3017?locale=ar',
      '/v1/ios/errors/4000?locale=de',
    ]) {
      const entry = (await app.inject(url)).json();
      const { properties, required } = components.schemas.ErrorEntry;
      // Every field is documented, and every field the document requires is there (an
      // optional field of the core, such as `since`, may be absent).
      expect(Object.keys(properties)).toEqual(expect.arrayContaining(Object.keys(entry)));
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(required));
    }
    const explanation = (await app.inject('/v1/explain/3017')).json();
    expect(Object.keys(explanation).sort()).toEqual(
      Object.keys(components.schemas.Explanation.properties).sort(),
    );
  });

  it('validates every answer against its documented schema', async () => {
    const document = (await app.inject('/openapi.json')).json();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'document', components: document.components });
    for (const [url, name] of [
      ['/v1/web/errors/4001?locale=de', 'ErrorEntry'],
      ['/v1/flutter-3/errors?q=camera&locale=ja', 'ErrorList'],
      ['/v1/web/errors?q=microphnoe', 'ErrorList'],
      ['/v1/explain/3017?locale=ar', 'Explanation'],
      ['/v1/explain/3008', 'Explanation'],
      ['/v1/platforms', 'PlatformList'],
      ['/v1/categories?locale=fr', 'CategoryList'],
      ['/v1/locales', 'LocaleList'],
      ['/v1/nope/errors', 'Problem'],
      ['/v1/flutter/errors/3017', 'Problem'],
      ['/v1/android/errors', 'Problem'],
      ['/v1/flutter-3/errors/3008', 'Problem'],
    ] as const) {
      const validate = ajv.getSchema(`document#/components/schemas/${name}`);
      const body = (await app.inject(url)).json();
      expect(validate?.(body), `${url}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
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

describe('every answer is one the document declares', () => {
  /** The document's operation for a request, matched on its path templates. */
  function operationOf(document: OpenApi, method: string, url: string) {
    const path = url.split('?')[0] ?? '';
    for (const [template, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
      );
      if (pattern.test(path)) return item[method.toLowerCase()];
    }
    return undefined;
  }

  interface OpenApi {
    paths: Record<string, Record<string, { responses: Record<string, unknown> } | undefined>>;
    components: Record<string, unknown>;
  }

  const hostile: [method: 'GET' | 'HEAD', url: string, headers?: Record<string, string>][] = [
    ['GET', `/v1/web/errors/${'9'.repeat(101)}`],
    ['GET', `/v1/web/errors/${'x'.repeat(3000)}`],
    ['GET', `/v1/web/errors?q=${'a'.repeat(3000)}`],
    ['GET', `/v1/explain/${'4'.repeat(3000)}`],
    ['GET', `/v1/explain/${'%41'.repeat(1000)}`],
    ['GET', `/v1/platforms?${'x=1&'.repeat(800)}`],
    ['GET', `/v1/categories?locale=${'de'.repeat(1500)}`],
    ['GET', `/v1/locales?${'a'.repeat(3000)}`],
    ['GET', `/healthz?${'a'.repeat(3000)}`],
    ['GET', `/openapi.json?${'a'.repeat(3000)}`],
    ['GET', '/v1/web/errors/%E0%A4%A'],
    ['GET', '/v1/web/errors/%'],
    ['GET', '/v1/web/errors/%00'],
    ['GET', '/v1/web/errors/__proto__'],
    ['GET', '/v1/explain/%'],
    ['GET', '/v1/explain/__proto__'],
    ['GET', '/v1/explain/..%2F..%2Fetc%2Fpasswd'],
    ['GET', '/v1/web/errors?limit=-1&offset=x&retryable=maybe'],
    ['GET', '/v1/web/errors?q=%'],
    ['GET', '/v1/web/errors?locale=%'],
    ['GET', '/v1/nope/errors/4001'],
    ['GET', '/v1/flutter/errors/3017'],
    ['GET', '/v1/flutter/errors?q=camera'],
    ['GET', '/v1/android/errors/4001'],
    ['GET', '/v1/__proto__/errors/4001'],
    ['GET', '/v1/constructor/errors'],
    ['GET', `/v1/${'x'.repeat(100)}/errors/4001`],
    ['GET', `/v1/${'x'.repeat(3000)}/errors`],
    ['GET', '/v1/flutter-3/errors/3008'],
    ['GET', '/v1/ios/errors?platform=flutter-1'],
    ['GET', '/v1/react-native/errors?platform=__proto__'],
    ['GET', '/v1/categories?locale=%E0%A4%A'],
    ['GET', '/v1/web/errors/4001', { accept: 'image/png' }],
    ['GET', '/v1/explain/3017', { accept: 'text/csv' }],
    ['GET', '/v1/web/errors/4001', { 'accept-language': 'x'.repeat(5000) }],
    ['GET', '/v1/web/errors/4001', { 'if-none-match': '"'.repeat(3000) }],
    ['GET', '/v1/platforms', { 'content-type': 'application/json', 'content-length': '2' }],
    ['HEAD', `/v1/web/errors/${'x'.repeat(3000)}`],
    ['HEAD', '/v1/web/errors/%'],
  ];

  it('answers hostile requests only with statuses the document declares, each body valid', async () => {
    const document = (await app.inject('/openapi.json')).json() as OpenApi;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'document', components: document.components });
    const problem = ajv.getSchema('document#/components/schemas/Problem');
    const undeclared: string[] = [];
    for (const [method, url, headers] of hostile) {
      const res = await app.inject({
        method,
        url,
        headers: headers ?? {},
        ...(headers?.['content-length'] ? { payload: '{}' } : {}),
      });
      expect(res.statusCode, url.slice(0, 80)).toBeLessThan(500);
      // HEAD shares GET's operation.
      const operation = operationOf(document, method === 'HEAD' ? 'GET' : method, url);
      if (!operation) continue;
      if (!(String(res.statusCode) in operation.responses)) {
        undeclared.push(`${method} ${url.slice(0, 60)} → ${res.statusCode}`);
      }
      if (method === 'GET' && res.statusCode >= 400) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(
          problem?.(res.json()),
          `${url.slice(0, 60)}: ${JSON.stringify(problem?.errors)}`,
        ).toBe(true);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('answers methods the document has no operation for with a 4xx problem', async () => {
    for (const method of ['DELETE', 'PUT', 'PATCH', 'POST', 'PROPFIND', 'TRACE'] as const) {
      const res = await app.inject({ method: method as 'DELETE', url: '/v1/web/errors/4001' });
      expect(res.statusCode, method).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, method).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
