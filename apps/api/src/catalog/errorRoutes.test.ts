import {
  type AnyErrorEntry,
  docsUrl,
  explain,
  lines,
  oftenExplainedBy,
  type PlatformId,
  platformIds,
  platformTables,
} from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as web from '@org/error-codes/web';
import {
  loadMessages,
  localizeEntry,
  type PlatformMessages,
  parseQuery,
  queryCatalog,
  searchableRows,
} from '@org/error-codes-i18n';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectTypeResolves, makeApp, testConfig } from '../../test/testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

const tableOf = (platform: PlatformId) => platformTables[platform] as readonly AnyErrorEntry[];
const messagesOf = async (platform: PlatformId, locale: string) =>
  (await loadMessages(platform, locale)) as PlatformMessages;

async function get(url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

const codesOf = (body: { items: { code: number }[] }) => body.items.map((e) => e.code);

describe('GET /v1/{platform}/errors/{code}', () => {
  it('names the same line’s codes that often explain a vague one (4011 → 4018, 4021, 4028, 3035, 5004)', async () => {
    const web4011 = (await get('/v1/web/errors/4011')).json();
    expect(web4011.oftenExplainedBy).toEqual([4018, 4021, 4028, 3035, 5004]);
    expect(web4011.audience).toBe('host');
    // Flutter 1.2.x numbers 3035's meaning 3022.
    expect((await get('/v1/flutter-1/errors/4011')).json().oftenExplainedBy).toEqual([
      4018, 4021, 4028, 3022, 5004,
    ]);
    expect((await get('/v1/web/errors/4001')).json().oftenExplainedBy).toEqual([]);
  });

  it.each([...platformIds])(
    '%s: the localized read model with causes and fixes, and its docs page',
    async (platform) => {
      const entry = tableOf(platform)[0] as AnyErrorEntry;
      const res = await get(`/v1/${platform}/errors/${entry.code}?locale=de`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const de = await messagesOf(platform, 'de');
      // Every field of the core's entry (the retry policy, web's `since`), with the read
      // model's values and texts, and the docs page.
      expect(res.json()).toEqual({
        ...JSON.parse(JSON.stringify({ ...entry, ...localizeEntry(entry, de) })),
        oftenExplainedBy: oftenExplainedBy(entry).map((e) => e.code),
        docsUrl: docsUrl(platform, entry.code, { baseUrl: testConfig.docsBaseUrl, locale: 'de' }),
      });
      const body = res.json();
      expect(body.retry).toEqual(entry.retry);
      expect(body.retry === null).toBe(!entry.retryable);
      expect(body.platform).toBe(platform);
      expect(body.name).toBe(entry.name);
      expect(body.causes.length).toBeGreaterThan(0);
      expect(body.fixes.length).toBeGreaterThan(0);
      expect(body.docsUrl).toBe(`https://docs.test/de/${platform}/errors/${entry.code}/`);
      expect(res.headers['content-language']).toBe('de');
      expect(res.headers.vary).toBe('Accept-Language');
    },
  );

  it('gives one number its own meaning on each line: iOS 3008 is not Flutter 1.2.x 3008', async () => {
    const onIos = (await get('/v1/ios/errors/3008')).json();
    const onFlutter1 = (await get('/v1/flutter-1/errors/3008')).json();
    expect(onIos.name).toBe(ios.findError(3008)?.name);
    expect(onIos.name).toBe('ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED');
    expect(onFlutter1.name).toBe(flutter1.findError(3008)?.name);
    expect(onFlutter1.name).toBe('ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED');
    expect(onIos.meaning).not.toBe(onFlutter1.meaning);
    expect(onIos.title).not.toBe(onFlutter1.title);
    expect(onIos.docsUrl).toBe('https://docs.test/ios/errors/3008/');
    expect(onFlutter1.docsUrl).toBe('https://docs.test/flutter-1/errors/3008/');
  });

  it('reads Flutter 3.x codes with the 3.x table, never 1.2.x', async () => {
    const on3 = (await get('/v1/flutter-3/errors/3023')).json();
    const on1 = (await get('/v1/flutter-1/errors/3023')).json();
    expect(on3.name).toBe(flutter3.findError(3023)?.name);
    expect(on3.name).toBe('ERROR_CAMERA_IN_USE');
    expect(on1.name).toBe('ERROR_JOINING_MEETING');
    expect(on3.platform).toBe('flutter-3');
    expect(on3.labels.platform).not.toBe(on1.labels.platform);
  });

  it('tells a real UNKNOWN_ERROR entry (iOS, Flutter 3.x 4000) from an unknown code', async () => {
    for (const platform of ['ios', 'flutter-3'] as const) {
      const res = await get(`/v1/${platform}/errors/4000`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ known: true, code: 4000, name: 'UNKNOWN_ERROR' });
    }
    expectProblem(await get('/v1/web/errors/4000'), 404, 'unknown-code');
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

  it('serves every code of every line in every locale, with its own texts and docs page', async () => {
    const locales = (await get('/v1/locales'))
      .json()
      .items.map((l: { locale: string }) => l.locale);
    for (const platform of platformIds) {
      for (const locale of locales) {
        const messages = await messagesOf(platform, locale);
        for (const entry of tableOf(platform)) {
          const res = await get(`/v1/${platform}/errors/${entry.code}?locale=${locale}`);
          expect(res.statusCode).toBe(200);
          const body = res.json();
          expect(body.code).toBe(entry.code);
          expect(body.locale).toBe(locale);
          expect(body.title.length).toBeGreaterThan(0);
          expect(body.title).toBe(localizeEntry(entry, messages).title);
          expect(body.docsUrl).toMatch(new RegExp(`/${platform}/errors/${entry.code}/$`));
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
    const res = await get('/v1/flutter-3/errors/4001?locale=en-XA');
    expect(res.json().locale).toBe('en-XA');
    expect(res.json().docsUrl).toBe(`${testConfig.docsBaseUrl}/flutter-3/errors/4001/`);
  });

  it('gives docsUrl null, never a placeholder, when no docs site is configured', async () => {
    const { app: bare } = await makeApp({ docsBaseUrl: undefined });
    try {
      for (const platform of platformIds) {
        const res = await bare.inject(`/v1/${platform}/errors/4001?locale=de`);
        expect(res.statusCode).toBe(200);
        expect(res.json().docsUrl).toBeNull();
        const list = await bare.inject(`/v1/${platform}/errors?q=camera`);
        const items = list.json().items as { docsUrl: unknown }[];
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((e) => e.docsUrl === null)).toBe(true);
      }
      const explained = (await bare.inject('/v1/explain/3008')).json();
      for (const match of explained.matches) expect(match.entry.docsUrl).toBeNull();
    } finally {
      await bare.close();
    }
  });

  it('answers 404 unknown-code for a well-formed code the line lacks', async () => {
    const webOnly = web.catalog.find((e) => flutter1.findError(e.code) === undefined);
    for (const [platform, code] of [
      ['web', '9999'],
      ['web', '0'],
      ['web', '04001'],
      ['web', 'NO_SUCH_ERROR'],
      ['web', 'constructor'],
      ['ios', 'toString'],
      ['react-native', '9999'],
      ['flutter-1', String(webOnly?.code)],
    ]) {
      const res = await get(`/v1/${platform}/errors/${code}`);
      const body = expectProblem(res, 404, 'unknown-code');
      expect(body.detail).toContain(code);
      expect(body.detail).not.toContain('incomplete');
      expect(body.instance).toBe(`/v1/${platform}/errors/${code}`);
    }
  });

  it('calls a code missing from an incomplete table unknown on that line, never read with another', async () => {
    // Flutter 1.2.x has 3008; the Flutter 3.x table, incomplete, does not.
    expect(flutter1.findError(3008)).toBeDefined();
    expect(flutter3.findError(3008)).toBeUndefined();
    expect(flutter3.platform.complete).toBe(false);
    const missing = flutter1.catalog.filter((e) => flutter3.findError(e.code) === undefined);
    expect(missing.map((e) => e.code)).toContain(3008);
    for (const { code } of missing) {
      const body = expectProblem(await get(`/v1/flutter-3/errors/${code}`), 404, 'unknown-code');
      expect(body.detail).toContain('flutter-3 table is incomplete');
      expect(body.detail).toContain('unknown on this line');
    }
  });

  const notLines = ['WEB', 'Ios', 'flutter-2', 'flutter-', 'web-1', '__proto__', 'constructor'];
  it.each([...notLines, 'toString', 'x'.repeat(90)])(
    'answers 404 unknown-platform for %s, naming the lines with a table',
    async (platform) => {
      for (const path of [`/v1/${platform}/errors/4001`, `/v1/${platform}/errors`]) {
        const body = expectProblem(await get(path), 404, 'unknown-platform');
        expect(body.platforms).toEqual([...platformIds]);
        expect(body.detail).toContain(platformIds.join(', '));
        expect((body.detail as string).length).toBeLessThan(300);
      }
    },
  );

  it('answers flutter alone with a 404 naming flutter-1 and flutter-3 and their versions', async () => {
    for (const path of ['/v1/flutter/errors/3017', '/v1/flutter/errors?q=camera']) {
      const body = expectProblem(await get(path), 404, 'ambiguous-platform');
      expect(body.platforms).toEqual(['flutter-1', 'flutter-3']);
      for (const id of ['flutter-1', 'flutter-3'] as const) {
        const line = lines.find((l) => l.id === id);
        expect(body.detail).toContain(id);
        expect(body.detail).toContain(line?.sdk.versions);
      }
      await expectTypeResolves(app, body.type);
    }
  });

  it('answers android with a 404 saying the line has no table', async () => {
    const android = lines.find((l) => !l.hasTable);
    expect(android?.id).toBe('android');
    for (const path of ['/v1/android/errors/4001', '/v1/android/errors']) {
      const body = expectProblem(await get(path), 404, 'platform-without-table');
      expect(body.detail).toContain('no table for the android line');
      expect(body.detail).toContain(android?.sdk.package);
      expect(body.platforms).toEqual([...platformIds]);
      await expectTypeResolves(app, body.type);
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
async function expected(platform: PlatformId, search: string, locale = 'en') {
  let rows = scanned.get(`${platform}/${locale}`);
  if (rows === undefined) {
    const messages = await messagesOf(platform, locale);
    rows = searchableRows(tableOf(platform).map((e) => localizeEntry(e, messages)));
    scanned.set(`${platform}/${locale}`, rows);
  }
  return queryCatalog(rows, { ...parseQuery(search).query, platform }).map((r) => r.entry.code);
}

describe('GET /v1/{platform}/errors', () => {
  it.each([...platformIds])('%s: the first page in catalog order', async (platform) => {
    const body = (await get(`/v1/${platform}/errors`)).json();
    const table = tableOf(platform);
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
    ['flutter-1', 'retryable=false&category=media-device'],
    ['flutter-1', 'platform=flutter-1&severity=fatal'],
    ['flutter-3', 'category=media-device'],
    ['ios', 'source=client&retryable=false'],
    ['react-native', 'category=media-device'],
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
    for (const platform of platformIds) {
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
    for (const platform of platformIds) {
      for (const locale of ['en', 'de', 'ja', 'hi', 'ar']) {
        const messages = await messagesOf(platform, locale);
        const words = tableOf(platform).flatMap((e) => {
          const entry = localizeEntry(e, messages);
          return [entry.title, entry.userMessage, ...entry.causes].join(' ').split(/\s+/);
        });
        // Every 53rd word, and its middle part: whole words and pieces of words.
        const queries = words
          .filter((_w, i) => i % 53 === 0)
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
    expect(res.json()).not.toHaveProperty('suggestion');
  });

  it('ranks the best match first, in English and German, and offers a suggestion', async () => {
    const first = async (search: string) =>
      codesOf((await get(`/v1/web/errors?${search}`)).json())[0];
    expect(await first('q=too+many+participants')).toBe(4009);
    expect(await first('q=zu+viele+Teilnehmer&locale=de')).toBe(4009);
    expect(await first('q=jwt')).toBe(4002);
    const typo = await get('/v1/web/errors?q=microphnoe');
    expect(typo.json()).toMatchObject({ total: 0, items: [], suggestion: 'microphone' });
    const other = await get('/v1/web/errors?q=kamra+blokiert&locale=de');
    expect(other.json().suggestion).toBe('kamera blockiert');
    expect(other.headers.etag).not.toBe(typo.headers.etag);
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
    ['platform', 'flutter'],
    ['platform', '__proto__'],
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
      await get('/v1/web/errors?platform=flutter-3'),
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
  type Match = {
    platform: string;
    matchedBy: string;
    sameMeaning: { platform: string; code: number; name: string }[];
    entry: { code: number; name: string; locale: string };
  };

  it.each(['3017', '3008', '3023', '4000'])(
    "%s: every line's meaning, the clash flag, each match's twins and the lines it is unknown on",
    async (code) => {
      const res = await get(`/v1/explain/${code}?locale=fr`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const truth = explain(code);
      expect(body.clash).toBe(truth.clash);
      expect(body.query).toBe(code);
      expect(body.locale).toBe('fr');
      expect(body.matches.map((m: Match) => m.platform)).toEqual(
        truth.matches.map((m) => m.platform),
      );
      for (const [i, match] of (body.matches as Match[]).entries()) {
        const own = truth.matches[i];
        expect(match.entry.code).toBe(own?.entry.code);
        expect(match.entry.locale).toBe('fr');
        expect(match.matchedBy).toBe('code');
        expect(match.sameMeaning).toEqual(
          own?.sameMeaning.map((e) => ({ platform: e.platform, code: e.code, name: e.name })),
        );
        // The same localized entry as the line's own lookup.
        const lookup = await get(`/v1/${match.platform}/errors/${code}?locale=fr`);
        expect(match.entry).toEqual(lookup.json());
      }
      const matched = new Set(truth.matches.map((m) => m.platform as string));
      expect(body.unknownOn.map((u: { line: string }) => u.line)).toEqual(
        lines.filter((l) => !matched.has(l.id)).map((l) => l.id),
      );
    },
  );

  it('3008: iOS and Flutter 1.2.x clash; iOS 3008 is web 3045; unknown on Flutter 3.x, not read with 1.2.x', async () => {
    const body = (await get('/v1/explain/3008')).json();
    expect(body.clash).toBe(true);
    const byLine = Object.fromEntries((body.matches as Match[]).map((m) => [m.platform, m]));
    expect(Object.keys(byLine)).toEqual(['ios', 'flutter-1']);
    expect(byLine.ios?.entry.name).toBe('ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED');
    expect(byLine['flutter-1']?.entry.name).toBe('ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED');
    expect(byLine.ios?.sameMeaning).toContainEqual({
      platform: 'web',
      code: 3045,
      name: web.findError(3045)?.name,
    });
    expect(body.unknownOn).toEqual([
      { line: 'web', reason: 'not-in-table' },
      { line: 'react-native', reason: 'not-in-table' },
      { line: 'flutter-3', reason: 'table-incomplete' },
      { line: 'android', reason: 'no-table' },
    ]);
  });

  it('finds names and aliases in any case, and meaning ids, without a clash', async () => {
    for (const input of ['invalid_api_key', 'INVALID_API_KEY', 'camera-in-use']) {
      const body = (await get(`/v1/explain/${input}`)).json();
      expect(body.matches.length).toBeGreaterThan(0);
      expect(body.clash).toBe(false);
      expect(body.matches.length).toBe(explain(input).matches.length);
      expect(body.unknownOn).toContainEqual({ line: 'android', reason: 'no-table' });
    }
  });

  it('answers 404 for what no line has, and 400 for what cannot be a code', async () => {
    expectProblem(await get('/v1/explain/9999'), 404, 'unknown-code');
    expectProblem(await get('/v1/explain/NO_SUCH_THING'), 404, 'unknown-code');
    for (const input of ['__proto__', '-1', '4001.5', '%00', 'a%20b', 'x'.repeat(65)]) {
      expectProblem(await get(`/v1/explain/${input}`), 400, 'invalid-request');
    }
    expectProblem(await get(`/v1/explain/${'x'.repeat(101)}`), 414, 'uri-too-long');
  });
});
