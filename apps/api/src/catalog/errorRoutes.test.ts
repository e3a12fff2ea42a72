import { catalog, categories, docsUrl, getError } from '@org/error-codes';
import { loadMessages, localizeError } from '@org/error-codes-i18n';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, makeApp, testConfig } from '../testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

async function get(url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

describe('GET /v1/errors/:code', () => {
  it('returns the whole entry, localized, with its docs link', async () => {
    const res = await get('/v1/errors/4001?locale=de');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const de = await loadMessages('de');
    const texts = localizeError(4001, de);
    expect(res.json()).toEqual({
      ...getError(4001),
      locale: 'de',
      title: texts.title,
      description: texts.description,
      userMessage: texts.userMessage,
      docsUrl: docsUrl(4001, { baseUrl: testConfig.docsBaseUrl, locale: 'de' }),
    });
    expect(res.headers['content-language']).toBe('de');
    expect(res.headers.vary).toBe('Accept-Language');
  });

  it('keeps the field order of the spec', async () => {
    const res = await get('/v1/errors/4001');
    expect(Object.keys(res.json())).toEqual([
      'code',
      'name',
      'message',
      'category',
      'source',
      'severity',
      'retryable',
      'feature',
      'locale',
      'title',
      'description',
      'userMessage',
      'docsUrl',
    ]);
  });

  it('finds the same entry by code, name and lower-case name', async () => {
    const bodies = await Promise.all(
      ['4001', 'INVALID_API_KEY', 'invalid_api_key', 'Invalid_Api_Key'].map(async (c) => {
        const res = await get(`/v1/errors/${c}`);
        expect(res.statusCode).toBe(200);
        return res;
      }),
    );
    for (const res of bodies) {
      expect(res.body).toBe(bodies[0]?.body);
      expect(res.headers.etag).toBe(bodies[0]?.headers.etag);
    }
  });

  it('serves every catalog code in every locale', async () => {
    const locales = (await get('/v1/locales'))
      .json()
      .items.map((l: { locale: string }) => l.locale);
    for (const locale of locales) {
      for (const entry of catalog) {
        const res = await get(`/v1/errors/${entry.code}?locale=${locale}`);
        expect(res.statusCode).toBe(200);
        const body = res.json();
        expect(body).toMatchObject({ code: entry.code, name: entry.name, locale });
        expect(body.title.length).toBeGreaterThan(0);
        expect(body.userMessage.length).toBeGreaterThan(0);
      }
    }
  });

  it('negotiates the locale from Accept-Language when ?locale= is absent', async () => {
    const cases: [string, string][] = [
      ['de-AT,de;q=0.9,en;q=0.5', 'de'],
      ['fr-CA', 'fr'],
      ['pt', 'pt-BR'],
      ['zh-Hans-CN', 'zh-CN'],
      ['ar-EG', 'ar'],
      ['ko-KR, ja;q=0.5', 'ja'],
      ['ko-KR', 'en'],
      ['*', 'en'],
    ];
    for (const [header, locale] of cases) {
      const res = await get('/v1/errors/4001', { 'accept-language': header });
      expect(res.json().locale, header).toBe(locale);
      expect(res.headers['content-language']).toBe(locale);
    }
  });

  it('lets ?locale= win over Accept-Language, and negotiates it too', async () => {
    const res = await get('/v1/errors/4001?locale=es-MX', { 'accept-language': 'de' });
    expect(res.json().locale).toBe('es');
    expect((await get('/v1/errors/4001?locale=ko')).json().locale).toBe('en');
  });

  it('links the pseudo-locale to the English docs page', async () => {
    const res = await get('/v1/errors/4001?locale=en-XA');
    expect(res.json().locale).toBe('en-XA');
    expect(res.json().docsUrl).toBe(`${testConfig.docsBaseUrl}/errors/4001/`);
  });

  it('answers 404 problem+json for a well-formed code or name not in the catalog', async () => {
    for (const code of ['9999', '0', '04001', 'NO_SUCH_ERROR', 'constructor']) {
      const body = expectProblem(await get(`/v1/errors/${code}`), 404, 'unknown-code');
      expect(body.detail).toContain(code);
      expect(body.instance).toBe(`/v1/errors/${code}`);
    }
  });

  it('supports HEAD with the same headers and no body', async () => {
    const getRes = await get('/v1/errors/4001');
    const head = await app.inject({ method: 'HEAD', url: '/v1/errors/4001' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(getRes.headers.etag);
    expect(head.headers['content-length']).toBe(getRes.headers['content-length']);
  });
});

describe('GET /v1/errors', () => {
  it('lists the first page of the catalog in order', async () => {
    const res = await get('/v1/errors');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ locale: 'en', total: catalog.length, limit: 20, offset: 0 });
    expect(body.items.map((e: { code: number }) => e.code)).toEqual(
      catalog.slice(0, 20).map((e) => e.code),
    );
  });

  it('pages through everything with limit and offset', async () => {
    const codes: number[] = [];
    for (let offset = 0; offset < catalog.length; offset += 25) {
      const body = (await get(`/v1/errors?limit=25&offset=${offset}`)).json();
      expect(body.total).toBe(catalog.length);
      codes.push(...body.items.map((e: { code: number }) => e.code));
    }
    expect(codes).toEqual(catalog.map((e) => e.code));
    expect((await get('/v1/errors?offset=5000')).json().items).toEqual([]);
  });

  it.each([
    ['category', 'auth'],
    ['source', 'client'],
    ['severity', 'warning'],
    ['feature', 'recording'],
    ['retryable', 'true'],
    ['retryable', 'false'],
  ])('filters by %s=%s', async (name, value) => {
    const body = (await get(`/v1/errors?${name}=${value}&limit=100`)).json();
    const expected = catalog.filter((e) => String(e[name as keyof typeof e]) === value);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.total).toBe(expected.length);
    expect(body.items.map((e: { code: number }) => e.code)).toEqual(expected.map((e) => e.code));
  });

  it('combines filters', async () => {
    const body = (await get('/v1/errors?source=server&severity=fatal&limit=100')).json();
    const expected = catalog.filter((e) => e.source === 'server' && e.severity === 'fatal');
    expect(body.items.map((e: { code: number }) => e.code)).toEqual(expected.map((e) => e.code));
  });

  it('searches the code, the name and the localized texts', async () => {
    const byCode = (await get('/v1/errors?q=4010')).json();
    expect(byCode.items.map((e: { code: number }) => e.code)).toContain(4010);

    const byName = (await get('/v1/errors?q=invalid_api')).json();
    expect(byName.items.map((e: { name: string }) => e.name)).toContain('INVALID_API_KEY');
    const byWords = (await get('/v1/errors?q=invalid%20api%20key')).json();
    expect(byWords.items.map((e: { name: string }) => e.name)).toContain('INVALID_API_KEY');

    // A word that appears only in the German texts of 4001.
    const de = await loadMessages('de');
    const title = localizeError(4001, de).title;
    const word = title.split(/\s+/).find((w) => w.length > 5 && !/api/i.test(w)) ?? title;
    const inGerman = (await get(`/v1/errors?locale=de&q=${encodeURIComponent(word)}`)).json();
    expect(inGerman.items.map((e: { code: number }) => e.code)).toContain(4001);
    for (const item of inGerman.items) {
      const text = [
        item.code,
        item.name,
        item.message,
        item.title,
        item.description,
        item.userMessage,
      ]
        .join(' ')
        .toLowerCase();
      expect(text).toContain(word.toLowerCase());
    }
  });

  it('searches case- and width-insensitively, every word required', async () => {
    const a = (await get('/v1/errors?q=token&locale=de')).json();
    const b = (await get(`/v1/errors?q=${encodeURIComponent('ＴＯＫＥＮ')}&locale=de`)).json();
    expect(a.total).toBeGreaterThan(0);
    expect(b.items).toEqual(a.items);
    const narrower = (await get('/v1/errors?q=token%20meetingid&locale=en')).json();
    expect(narrower.total).toBeGreaterThan(0);
    expect(narrower.total).toBeLessThan((await get('/v1/errors?q=token')).json().total);
  });

  it('searches accent-insensitively, like the docs site', async () => {
    const plain = (await get('/v1/errors?locale=es&q=camara')).json();
    expect(plain.items.map((e: { code: number }) => e.code)).toContain(3003);
    const accented = (await get(`/v1/errors?locale=es&q=${encodeURIComponent('CÁMARA')}`)).json();
    expect(accented.items).toEqual(plain.items);
    // Devanagari vowel signs are letters, not accents: a shorter word is not a match.
    const hindi = (await get(`/v1/errors?locale=hi&q=${encodeURIComponent('कैमरा')}`)).json();
    expect(hindi.items.map((e: { code: number }) => e.code)).toContain(3003);
    const stripped = (await get(`/v1/errors?locale=hi&q=${encodeURIComponent('कमर')}`)).json();
    expect(stripped.total).toBe(0);
  });

  it('returns an empty page, not an error, when nothing matches', async () => {
    const res = await get('/v1/errors?q=zzzzqqqq');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 0, items: [] });
  });

  it('ignores unknown query parameters (cache busters)', async () => {
    const a = await get('/v1/errors?category=auth');
    const b = await get('/v1/errors?category=auth&_=12345');
    expect(b.statusCode).toBe(200);
    expect(b.body).toBe(a.body);
  });

  it('rejects an unknown category with the allowed values', async () => {
    const body = expectProblem(await get('/v1/errors?category=nope'), 400, 'invalid-request');
    expect(JSON.stringify(body.errors)).toContain(categories.join(', '));
  });
});
