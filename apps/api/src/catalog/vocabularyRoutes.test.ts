import { categories, platforms } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import { loadMessages, localeNames, locales, pseudoLocale } from '@org/error-codes-i18n';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, makeApp } from '../../test/testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

const tables = { web: web.catalog, flutter: flutter.catalog } as const;

describe('GET /v1/platforms', () => {
  it('lists each platform with its SDK, its name in the locale and its size', async () => {
    const res = await app.inject('/v1/platforms?locale=ja');
    expect(res.statusCode).toBe(200);
    const ja = await loadMessages('web', 'ja');
    expect(res.json()).toEqual({
      locale: 'ja',
      items: platforms.map((p) => ({
        id: p.id,
        name: p.name,
        label: ja.labels.platforms[p.id],
        sdk: p.sdk,
        alsoIn: p.alsoIn,
        codes: tables[p.id].length,
      })),
    });
    expect(res.headers['content-language']).toBe('ja');
  });
});

describe('GET /v1/categories', () => {
  it('names every category in the locale, with its count on each platform', async () => {
    const res = await app.inject({ url: '/v1/categories', headers: { 'accept-language': 'de' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const de = await loadMessages('flutter', 'de');
    expect(body.locale).toBe('de');
    expect(body.items.map((c: { category: string }) => c.category)).toEqual([...categories]);
    for (const item of body.items) {
      expect(item.label).toBe(
        de.labels.categories[item.category as keyof typeof de.labels.categories],
      );
      for (const platform of ['web', 'flutter'] as const) {
        expect(item.codes[platform]).toBe(
          tables[platform].filter((e) => e.category === item.category).length,
        );
      }
    }
    for (const platform of ['web', 'flutter'] as const) {
      const sum = body.items.reduce(
        (n: number, c: { codes: Record<string, number> }) => n + (c.codes[platform] ?? 0),
        0,
      );
      expect(sum).toBe(tables[platform].length);
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
          codes: { web: web.catalog.length, flutter: flutter.catalog.length },
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
