/**
 * The API's answers send end users to the app's own support: with no SUPPORT_CONTACT,
 * no end-user text of any entry, on any line, in any served locale names VideoSDK or
 * its address; with one, that contact is what they name. Developer texts keep
 * VideoSDK's address where VideoSDK is the one to contact.
 */
import { type PlatformId, platformIds } from '@org/error-codes';
import { loadMessages } from '@org/error-codes-i18n';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/testing.js';
import { loadConfig } from '../config.js';
import { servedLocales } from './data.js';

interface Served {
  code: number;
  userTitle: string;
  userMessage: string;
  description: string;
  fixes: { by: string; text: string }[];
}

const endUserTexts = (e: Served) => [
  e.userTitle,
  e.userMessage,
  ...e.fixes.filter((s) => s.by === 'user').map((s) => s.text),
];

async function everyEntry(app: FastifyInstance, line: PlatformId, locale: string) {
  const entries: Served[] = [];
  for (let offset = 0; ; offset += 100) {
    const body = (
      await app.inject({ url: `/v1/${line}/errors?locale=${locale}&limit=100&offset=${offset}` })
    ).json() as { total: number; items: Served[] };
    entries.push(...body.items);
    if (entries.length >= body.total || body.items.length === 0) return entries;
  }
}

describe('without SUPPORT_CONTACT', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await makeApp({ supportContact: undefined }));
  });
  afterAll(() => app.close());

  const cases = platformIds.flatMap((line) => servedLocales.map((locale) => [line, locale]));
  it.each(cases)(
    '%s in %s: no end-user text names VideoSDK; the app’s support team is named',
    async (line, locale) => {
      const entries = await everyEntry(app, line as PlatformId, locale as string);
      expect(entries.length).toBeGreaterThan(50);
      const vendor = entries.flatMap((e) =>
        endUserTexts(e)
          .filter((t) => /videosdk/i.test(t) || t.includes('{supportContact}'))
          .map((t) => `${e.code}: ${t}`),
      );
      expect(vendor).toEqual([]);
      const team = (await loadMessages(line as PlatformId, locale)).labels.supportTeam;
      expect(entries.filter((e) => e.userMessage.includes(team)).length).toBeGreaterThan(3);
    },
  );

  it('keeps VideoSDK’s address in developer texts (a limit only VideoSDK can raise)', async () => {
    const entries = await everyEntry(app, 'web', 'de');
    expect(entries.filter((e) => e.description.includes('support@videosdk.live')).length).toBe(
      entries.filter((e) => /VideoSDK/.test(e.description) && /@/.test(e.description)).length,
    );
    expect(entries.some((e) => e.description.includes('support@videosdk.live'))).toBe(true);
  });

  it('explains a code with the default words too (German, 4006)', async () => {
    const body = (await app.inject({ url: '/v1/explain/4006?locale=de' })).json() as {
      matches: { entry: Served }[];
    };
    expect(body.matches.length).toBeGreaterThan(0);
    for (const { entry } of body.matches) {
      expect(entry.userMessage).toContain('Wenden Sie sich an den Support dieser App.');
      expect(entry.userMessage).not.toMatch(/videosdk/i);
    }
  });
});

describe('with SUPPORT_CONTACT', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const { supportContact } = loadConfig({ SUPPORT_CONTACT: ' help@acme.io ' });
    ({ app } = await makeApp({ supportContact }));
  });
  afterAll(() => app.close());

  it.each(servedLocales)('names the configured contact in %s', async (locale) => {
    const entries = await everyEntry(app, 'ios', locale);
    const asking = entries.filter((e) => e.userMessage.includes('help@acme.io'));
    expect(asking.length).toBeGreaterThan(3);
    const team = (await loadMessages('ios', locale)).labels.supportTeam;
    expect(entries.filter((e) => e.userMessage.includes(team))).toEqual([]);
    if (locale === 'ar') {
      for (const e of asking) expect(e.userMessage).toContain('\u2068help@acme.io\u2069');
    }
  });
});
