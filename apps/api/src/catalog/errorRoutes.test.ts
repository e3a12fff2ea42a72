import { docsUrl, explain } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import {
  loadMessages,
  localizeEntry,
  parseQuery,
  queryCatalog,
  searchableRows,
} from '@org/error-codes-i18n';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, makeApp, testConfig } from '../../test/testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

const tables = { web, flutter } as const;

async function get(url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

const codesOf = (body: { items: { code: number }[] }) => body.items.map((e) => e.code);

describe('GET /v1/{platform}/errors/{code}', () => {
  it.each(['web', 'flutter'] as const)(
    '%s: the localized read model with causes and fixes, and its docs page',
    async (platform) => {
      const entry = tables[platform]
        .catalog[0] as (typeof tables)[typeof platform]['catalog'][number];
      const res = await get(`/v1/${platform}/errors/${entry.code}?locale=de`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const de = await loadMessages(platform, 'de');
      expect(res.json()).toEqual({
        ...JSON.parse(JSON.stringify(localizeEntry(entry, de))),
        docsUrl: docsUrl(platform, entry.code, { baseUrl: testConfig.docsBaseUrl, locale: 'de' }),
      });
      const body = res.json();
      expect(body.causes.length).toBeGreaterThan(0);
      expect(body.fixes.length).toBeGreaterThan(0);
      expect(body.docsUrl).toBe(`https://docs.test/de/${platform}/errors/${entry.code}/`);
      expect(res.headers['content-language']).toBe('de');
      expect(res.headers.vary).toBe('Accept-Language');
    },
  );

  it('gives one number its own meaning on each platform', async () => {
    const onWeb = (await get('/v1/web/errors/3017')).json();
    const onFlutter = (await get('/v1/flutter/errors/3017')).json();
    expect(onWeb.name).toBe(web.findError(3017)?.name);
    expect(onFlutter.name).toBe(flutter.findError(3017)?.name);
    expect(onWeb.meaning).not.toBe(onFlutter.meaning);
  });

  it('finds the same entry by code, wire name in any case, and alias', async () => {
    const withAlias = web.catalog.find((e) => e.aliases.length > 0);
    expect(withAlias).toBeDefined();
    const { code, name, aliases } = withAlias as (typeof web.catalog)[number];
    const spellings = [String(code), name, name.toLowerCase(), aliases[0] as string];
    const answers = await Promise.all(spellings.map((s) => get(`/v1/web/errors/${s}`)));
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(answers[0]?.body);
      expect(res.headers.etag).toBe(answers[0]?.headers.etag);
    }
  });

  it('serves every code of both platforms in every locale', async () => {
    const locales = (await get('/v1/locales'))
      .json()
      .items.map((l: { locale: string }) => l.locale);
    for (const platform of ['web', 'flutter'] as const) {
      for (const locale of locales) {
        for (const entry of tables[platform].catalog) {
          const res = await get(`/v1/${platform}/errors/${entry.code}?locale=${locale}`);
          expect(res.statusCode).toBe(200);
          const body = res.json();
          expect(body.code).toBe(entry.code);
          expect(body.locale).toBe(locale);
          expect(body.title.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('negotiates the locale: ?locale= wins over Accept-Language', async () => {
    expect((await get('/v1/web/errors/4001', { 'accept-language': 'pt' })).json().locale).toBe(
      'pt-BR',
    );
    const res = await get('/v1/web/errors/4001?locale=es-MX', { 'accept-language': 'de' });
    expect(res.json().locale).toBe('es');
    expect((await get('/v1/web/errors/4001?locale=ko')).json().locale).toBe('en');
    const ar = (await get('/v1/web/errors/4001?locale=ar')).json();
    expect(ar.dir).toBe('rtl');
  });

  it('links the pseudo-locale to the English docs page', async () => {
    const res = await get('/v1/flutter/errors/4001?locale=en-XA');
    expect(res.json().locale).toBe('en-XA');
    expect(res.json().docsUrl).toBe(`${testConfig.docsBaseUrl}/flutter/errors/4001/`);
  });

  it('gives docsUrl null, never a placeholder, when no docs site is configured', async () => {
    const { app: bare } = await makeApp({ docsBaseUrl: undefined });
    try {
      const res = await bare.inject('/v1/web/errors/4001?locale=de');
      expect(res.statusCode).toBe(200);
      expect(res.json().docsUrl).toBeNull();
      const list = await bare.inject('/v1/web/errors?q=camera');
      expect(list.json().items.every((e: { docsUrl: unknown }) => e.docsUrl === null)).toBe(true);
    } finally {
      await bare.close();
    }
  });

  it('answers 404 unknown-code for a well-formed code the platform lacks', async () => {
    const webOnly = web.catalog.find((e) => flutter.findError(e.code) === undefined);
    for (const [platform, code] of [
      ['web', '9999'],
      ['web', '0'],
      ['web', '04001'],
      ['web', 'NO_SUCH_ERROR'],
      ['web', 'constructor'],
      ['flutter', String(webOnly?.code)],
    ]) {
      const res = await get(`/v1/${platform}/errors/${code}`);
      const body = expectProblem(res, 404, 'unknown-code');
      expect(body.detail).toContain(code);
      expect(body.instance).toBe(`/v1/${platform}/errors/${code}`);
    }
  });

  it('answers 404 unknown-platform naming the known platforms', async () => {
    for (const platform of ['android', 'WEB', '__proto__', 'constructor', 'x'.repeat(90)]) {
      for (const path of [`/v1/${platform}/errors/4001`, `/v1/${platform}/errors`]) {
        const body = expectProblem(await get(path), 404, 'unknown-platform');
        expect(body.platforms).toEqual(['web', 'flutter']);
        expect(body.detail).toContain('web, flutter');
      }
    }
  });

  it('supports HEAD with the same headers and no body', async () => {
    const getRes = await get('/v1/web/errors/4001');
    const head = await app.inject({ method: 'HEAD', url: '/v1/web/errors/4001' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(getRes.headers.etag);
    expect(head.headers['content-length']).toBe(getRes.headers['content-length']);
  });
});

/** What the query seam keeps for a query string, in a locale: the oracle of the list. */
const scanned = new Map<string, ReturnType<typeof searchableRows>>();
async function expected(platform: 'web' | 'flutter', search: string, locale = 'en') {
  let rows = scanned.get(`${platform}/${locale}`);
  if (rows === undefined) {
    const messages = await loadMessages(platform, locale);
    rows = searchableRows(tables[platform].catalog.map((e) => localizeEntry(e, messages)));
    scanned.set(`${platform}/${locale}`, rows);
  }
  return queryCatalog(rows, { ...parseQuery(search).query, platform }).map((r) => r.entry.code);
}

describe('GET /v1/{platform}/errors', () => {
  it.each(['web', 'flutter'] as const)('%s: the first page in catalog order', async (platform) => {
    const body = (await get(`/v1/${platform}/errors`)).json();
    const table = tables[platform].catalog;
    expect(body).toMatchObject({
      platform,
      locale: 'en',
      total: table.length,
      limit: 20,
      offset: 0,
    });
    expect(codesOf(body)).toEqual(table.slice(0, 20).map((e) => e.code));
  });

  it('pages through everything with limit and offset', async () => {
    const codes: number[] = [];
    for (let offset = 0; offset < web.catalog.length; offset += 25) {
      const body = (await get(`/v1/web/errors?limit=25&offset=${offset}`)).json();
      expect(body.total).toBe(web.catalog.length);
      codes.push(...codesOf(body));
    }
    expect(codes).toEqual(web.catalog.map((e) => e.code));
    expect((await get('/v1/web/errors?offset=5000')).json().items).toEqual([]);
  });

  it.each([
    ['web', 'category=auth'],
    ['web', 'source=client&severity=warning'],
    ['web', 'feature=recording'],
    ['web', 'retryable=true'],
    ['flutter', 'retryable=false&category=media-device'],
    ['flutter', 'platform=flutter&severity=fatal'],
  ] as const)('%s ?%s keeps what the query seam keeps', async (platform, search) => {
    const body = (await get(`/v1/${platform}/errors?${search}&limit=100`)).json();
    const codes = await expected(platform, search);
    expect(codes.length).toBeGreaterThan(0);
    expect(body.total).toBe(codes.length);
    expect(codesOf(body)).toEqual(codes);
  });

  // The search goes through the start-up index: it must keep exactly what a scan keeps.
  it('searches exactly like queryCatalog over every entry, in every locale', async () => {
    const queries = [
      'token',
      'camera',
      'TOKEN',
      'invalid api',
      'api_key',
      'partcipant',
      'ca',
      'a',
      '40',
      '3017',
      'camera-in-use',
      'zzzzqqqq',
      'cámara',
      'カメラ',
      '摄像头',
      'कैमरा',
      'الكاميرا',
      'ãçč',
      '__proto__',
      'camera access',
      'token expired',
      'a token',
      'token a',
      'en ca',
      'ERROR_GET',
      'get_video',
    ];
    for (const platform of ['web', 'flutter'] as const) {
      for (const locale of ['en', 'es', 'ja', 'zh-CN', 'hi', 'ar', 'en-XA']) {
        for (const q of queries) {
          const search = `q=${encodeURIComponent(q)}`;
          const res = await get(`/v1/${platform}/errors?${search}&locale=${locale}&limit=100`);
          expect(res.statusCode).toBe(200);
          const codes = await expected(platform, search, locale);
          expect(res.json().total, `${platform} ${locale} ${q}`).toBe(codes.length);
          expect(codesOf(res.json()), `${platform} ${locale} ${q}`).toEqual(codes.slice(0, 100));
        }
      }
    }
  }, 120_000);

  it('searches exactly like queryCatalog for pieces of every text of every entry', async () => {
    for (const platform of ['web', 'flutter'] as const) {
      for (const locale of ['en', 'de', 'ja', 'hi', 'ar']) {
        const messages = await loadMessages(platform, locale);
        const words = tables[platform].catalog.flatMap((e) => {
          const entry = localizeEntry(e, messages);
          return [entry.title, entry.userMessage, ...entry.causes].join(' ').split(/\s+/);
        });
        // Every 31st word, and its middle part: whole words and pieces of words.
        const queries = words
          .filter((_w, i) => i % 31 === 0)
          .flatMap((w) => [w, w.slice(1, Math.max(2, w.length - 1))]);
        for (const q of queries) {
          const search = `q=${encodeURIComponent(q)}`;
          const body = (
            await get(`/v1/${platform}/errors?${search}&locale=${locale}&limit=100`)
          ).json();
          const codes = await expected(platform, search, locale);
          expect(body.total, `${platform} ${locale} ${q}`).toBe(codes.length);
          expect(codesOf(body)).toEqual(codes.slice(0, 100));
        }
      }
    }
  }, 120_000);

  it('finds words of the localized texts and causes', async () => {
    const de = await loadMessages('web', 'de');
    const entry = localizeEntry(web.findError(4001), de);
    const word = entry.title.split(/\s+/).find((w) => w.length > 5 && !/api/i.test(w)) as string;
    const body = (await get(`/v1/web/errors?locale=de&q=${encodeURIComponent(word)}`)).json();
    expect(codesOf(body)).toContain(4001);
    const cause = (entry.causes[0] as string).split(/\s+/).filter((w) => w.length > 6)[0] as string;
    const byCause = (await get(`/v1/web/errors?locale=de&q=${encodeURIComponent(cause)}`)).json();
    expect(codesOf(byCause)).toContain(4001);
  });

  it('returns an empty page, not an error, when nothing matches', async () => {
    const res = await get('/v1/web/errors?q=zzzzqqqq');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 0, items: [] });
  });

  it('ignores unknown query parameters (cache busters)', async () => {
    const a = await get('/v1/web/errors?category=auth');
    const b = await get('/v1/web/errors?category=auth&_=12345');
    expect(b.statusCode).toBe(200);
    expect(b.body).toBe(a.body);
  });

  it.each([
    ['category', 'nope'],
    ['source', 'browser'],
    ['severity', 'panic'],
    ['feature', 'teleport'],
    ['retryable', 'maybe'],
    ['platform', 'android'],
  ])('answers 400 naming the allowed values for %s=%s', async (name, value) => {
    const body = expectProblem(
      await get(`/v1/web/errors?${name}=${value}`),
      400,
      'invalid-request',
    );
    const problem = parseQuery(`${name}=${value}`).problems[0] as string;
    expect(body.errors).toEqual([{ in: 'query', name, message: problem.slice(name.length + 1) }]);
    expect(body.detail).toContain(`"${name}"`);
  });

  it('refuses a platform filter that contradicts the path', async () => {
    const body = expectProblem(
      await get('/v1/web/errors?platform=flutter'),
      400,
      'invalid-request',
    );
    expect(JSON.stringify(body.errors)).toContain('platform');
  });

  it('lists every problem of a request at once', async () => {
    const body = expectProblem(
      await get('/v1/web/errors?category=x&severity=y&limit=0&locale=%3C'),
      400,
      'invalid-request',
    );
    expect((body.errors as { name: string }[]).map((e) => e.name)).toEqual([
      'category',
      'severity',
      'locale',
      'limit',
    ]);
  });
});

describe('GET /v1/explain/{input}', () => {
  it('gives every meaning of a clashing number, with the clash flag', async () => {
    const res = await get('/v1/explain/3017?locale=fr');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const truth = explain('3017');
    expect(body.clash).toBe(true);
    expect(body.query).toBe('3017');
    expect(body.locale).toBe('fr');
    expect(body.matches.map((m: { platform: string }) => m.platform)).toEqual(
      truth.matches.map((m) => m.platform),
    );
    for (const [i, match] of body.matches.entries()) {
      const own = truth.matches[i];
      expect(match.entry.code).toBe(own?.entry.code);
      expect(match.entry.locale).toBe('fr');
      expect(match.matchedBy).toBe('code');
      expect(match.sameMeaning).toEqual(
        own?.sameMeaning.map((e) => ({ platform: e.platform, code: e.code, name: e.name })),
      );
      // The same localized entry as the platform's own lookup.
      const lookup = await get(`/v1/${match.platform}/errors/3017?locale=fr`);
      expect(match.entry).toEqual(lookup.json());
    }
  });

  it('finds names and aliases in any case, and meaning ids, without a clash', async () => {
    for (const input of ['invalid_api_key', 'INVALID_API_KEY', 'camera-in-use']) {
      const body = (await get(`/v1/explain/${input}`)).json();
      expect(body.matches.length).toBeGreaterThan(0);
      expect(body.clash).toBe(false);
      expect(body.matches.length).toBe(explain(input).matches.length);
    }
  });

  it('answers 404 for what no platform has, and 400 for what cannot be a code', async () => {
    expectProblem(await get('/v1/explain/9999'), 404, 'unknown-code');
    expectProblem(await get('/v1/explain/NO_SUCH_THING'), 404, 'unknown-code');
    for (const input of ['__proto__', '-1', '4001.5', '%00', 'a%20b']) {
      expectProblem(await get(`/v1/explain/${input}`), 400, 'invalid-request');
    }
  });
});
