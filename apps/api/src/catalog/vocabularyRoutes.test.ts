import {
  type AnyErrorEntry,
  categories,
  lineIds,
  lines,
  type PlatformId,
  platformIds,
  platformTables,
} from '@org/error-codes';
import { loadMessages, localeNames, locales, pseudoLocale } from '@org/error-codes-i18n';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, makeApp } from '../../test/testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

const tableOf = (platform: PlatformId) => platformTables[platform] as readonly AnyErrorEntry[];
const hasTable = (id: string): id is PlatformId => (platformIds as readonly string[]).includes(id);

describe('GET /v1/platforms', () => {
  it("lists every line of the core's registry, android too, with its SDK, versions and completeness", async () => {
    const res = await app.inject('/v1/platforms?locale=ja');
    expect(res.statusCode).toBe(200);
    const ja = await loadMessages('web', 'ja');
    expect(res.json()).toEqual({
      locale: 'ja',
      items: lines.map((line) => ({
        id: line.id,
        label: line.label,
        localizedLabel: hasTable(line.id) ? ja.labels.platforms[line.id] : line.label,
        surface: line.surface,
        sdk: line.sdk,
        alsoIn: line.alsoIn,
        hasTable: line.hasTable,
        complete: line.complete,
        codes: line.codes,
        source: line.source,
        entryPoint: line.entryPoint,
        note: line.note,
        errors: line.hasTable ? `/v1/${line.id}/errors` : null,
      })),
    });
    expect(res.headers['content-language']).toBe('ja');
  });

  it('says what each line holds: the counts match the tables served, android has none', async () => {
    const { items } = (await app.inject('/v1/platforms')).json() as {
      items: {
        id: string;
        hasTable: boolean;
        complete: boolean;
        codes: number;
        errors: string | null;
        sdk: { package: string; registry: string; versions: string };
      }[];
    };
    expect(items.map((i) => i.id)).toEqual([...lineIds]);
    expect(items.map((i) => i.id)).toContain('android');
    for (const item of items) {
      expect(item.sdk.package.length).toBeGreaterThan(0);
      expect(item.sdk.versions.length).toBeGreaterThan(0);
      if (!hasTable(item.id)) {
        expect(item).toMatchObject({ hasTable: false, codes: 0, errors: null });
        continue;
      }
      expect(item.codes).toBe(tableOf(item.id).length);
      const list = (await app.inject(item.errors as string)).json();
      expect(list.total).toBe(item.codes);
    }
    expect(items.find((i) => i.id === 'flutter-3')?.complete).toBe(false);
    expect(items.find((i) => i.id === 'ios')).toMatchObject({
      complete: true,
      codes: 151,
      sdk: { package: 'VideoSDKRTC', registry: 'swift-package' },
    });
  });
});

describe('GET /v1/categories', () => {
  it('names every category in the locale, with its count on each platform', async () => {
    const res = await app.inject({ url: '/v1/categories', headers: { 'accept-language': 'de' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const de = await loadMessages('flutter-3', 'de');
    expect(body.locale).toBe('de');
    expect(body.items.map((c: { category: string }) => c.category)).toEqual([...categories]);
    for (const item of body.items) {
      expect(item.label).toBe(
        de.labels.categories[item.category as keyof typeof de.labels.categories],
      );
      expect(Object.keys(item.codes)).toEqual([...platformIds]);
      for (const platform of platformIds) {
        expect(item.codes[platform]).toBe(
          tableOf(platform).filter((e) => e.category === item.category).length,
        );
      }
    }
    for (const platform of platformIds) {
      const sum = body.items.reduce(
        (n: number, c: { codes: Record<string, number> }) => n + (c.codes[platform] ?? 0),
        0,
      );
      expect(sum).toBe(tableOf(platform).length);
    }
    expect(res.headers.vary).toBe('Accept-Language');
  });

  it('answers 400 for a locale that is not a tag', async () => {
    expectProblem(await app.inject('/v1/categories?locale=%3Cscript%3E'), 400, 'invalid-request');
  });
});

describe('GET /v1/locales', () => {
  it('lists the real locales and the pseudo-locale, with names and direction', async () => {
    const res = await app.inject('/v1/locales');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      default: 'en',
      items: [...locales, pseudoLocale].map((locale) => ({
        locale,
        name: localeNames[locale],
        direction: locale === 'ar' ? 'rtl' : 'ltr',
        pseudo: locale === pseudoLocale,
      })),
    });
    expect(res.headers['content-language']).toBeUndefined();
  });
});

describe('GET /healthz', () => {
  it('says ok with the size of each table, is never cached and never rate limited', async () => {
    const { app: limited } = await makeApp({ rateLimitMax: 1 });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await limited.inject('/healthz');
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({
          status: 'ok',
          codes: Object.fromEntries(platformIds.map((id) => [id, tableOf(id).length])),
          locales: locales.length + 1,
          rateLimit: { store: 'memory', shared: false },
        });
        expect(res.headers['cache-control']).toBe('no-store');
      }
    } finally {
      await limited.close();
    }
  });
});
