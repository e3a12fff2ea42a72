import { catalog, categories } from '@org/error-codes';
import { localeNames, locales, pseudoLocale } from '@org/error-codes-i18n';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../testing.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

describe('GET /v1/categories', () => {
  it('lists every category with its count, adding up to the catalog', async () => {
    const res = await app.inject('/v1/categories');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(catalog.length);
    expect(body.items.map((c: { category: string }) => c.category)).toEqual([...categories]);
    for (const { category, count } of body.items) {
      expect(count).toBe(catalog.filter((e) => e.category === category).length);
    }
    expect(body.items.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(
      catalog.length,
    );
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers['content-language']).toBeUndefined();
  });
});

describe('GET /v1/locales', () => {
  it('lists the nine locales and the pseudo-locale, with names and direction', async () => {
    const res = await app.inject('/v1/locales');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.default).toBe('en');
    expect(body.items).toEqual(
      [...locales, pseudoLocale].map((locale) => ({
        locale,
        name: localeNames[locale],
        direction: locale === 'ar' ? 'rtl' : 'ltr',
        pseudo: locale === pseudoLocale,
      })),
    );
  });
});

describe('GET /healthz', () => {
  it('says ok, is never cached and never rate limited', async () => {
    const { app: limited } = await makeApp({ rateLimitMax: 1 });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await limited.inject('/healthz');
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ status: 'ok', codes: catalog.length, locales: 10 });
        expect(res.headers['cache-control']).toBe('no-store');
      }
    } finally {
      await limited.close();
    }
  });
});
