/**
 * End users are sent to the app's own support, never to VideoSDK's: with the default
 * values, no end-user text of any meaning, on any line, in any locale (the full
 * modules and the end-user slices) names VideoSDK or its address. Developer texts
 * keep VideoSDK's address where VideoSDK is the one to contact.
 */
import { type AnyErrorEntry, type PlatformId, platformIds, platformTables } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { allLocales } from '../test/texts.js';
import { locales } from './localeList.js';
import { type LocalizedEntry, localizeEntry } from './localizeEntry.js';
import type { Locale, PlatformMessages } from './types.js';

const VENDOR = /videosdk/i;

async function messagesOf(line: PlatformId, locale: Locale, slice: '' | '.user') {
  const mod = (await import(`./locales/${line}/${locale}${slice}.ts`)) as {
    messages: PlatformMessages;
  };
  return mod.messages;
}

/** What an end user reads of one localized error. */
function endUserTexts(l: LocalizedEntry): string[] {
  return [l.userTitle, l.userMessage, ...l.fixes.filter((s) => s.by === 'user').map((s) => s.text)];
}

/** Every end-user text of a line in a locale, rendered with the default values, that names VideoSDK or leaves the contact unfilled. */
function vendorMentions(messages: PlatformMessages, line: PlatformId): string[] {
  const subjects: unknown[] = [
    ...(platformTables[line] as readonly AnyErrorEntry[]),
    { code: 987654, platform: line },
    { code: 'x'.repeat(100), platform: line },
    undefined,
  ];
  const found: string[] = [];
  for (const subject of subjects) {
    const l = localizeEntry(subject as AnyErrorEntry, messages);
    for (const text of endUserTexts(l)) {
      if (VENDOR.test(text) || text.includes('{supportContact}'))
        found.push(`${line}/${messages.locale} ${String(l.code)}: ${text}`);
    }
  }
  return found;
}

const cases = platformIds.flatMap((line) =>
  allLocales.map((locale) => [line, locale] as [PlatformId, Locale]),
);

describe('end-user texts with the default values', () => {
  it.each(cases)(
    'name no VideoSDK address on %s in %s (full and end-user slice)',
    async (line, locale) => {
      const full = await messagesOf(line, locale, '');
      expect(vendorMentions(full, line)).toEqual([]);
      if ((locales as readonly string[]).includes(locale)) {
        expect(vendorMentions(await messagesOf(line, locale, '.user'), line)).toEqual([]);
      }
    },
  );

  it.each(cases)(
    'name the app’s support team where a contact is asked for, on %s in %s',
    async (line, locale) => {
      const messages = await messagesOf(line, locale, '');
      const team = messages.labels.supportTeam;
      expect(team).toMatch(/\S/);
      expect(team).not.toMatch(VENDOR);
      let asked = 0;
      for (const entry of platformTables[line] as readonly AnyErrorEntry[]) {
        const raw = messages.meanings[entry.meaning as keyof typeof messages.meanings] as
          | { userMessage: string }
          | undefined;
        if (!raw?.userMessage.includes('{supportContact}')) continue;
        asked++;
        expect(localizeEntry(entry, messages).userMessage).toContain(team);
      }
      expect(asked).toBeGreaterThan(0);
    },
  );

  it('catches a planted vendor address (the check is not blind)', async () => {
    const messages = await messagesOf('web', 'de', '');
    const planted = {
      ...messages,
      labels: { ...messages.labels, supportTeam: 'support@videosdk.live' },
    };
    expect(vendorMentions(planted, 'web').length).toBeGreaterThan(10);
    const bare = { ...messages, labels: { ...messages.labels, supportTeam: undefined } };
    // A hand-built bundle without the label still names a support team, in English.
    expect(vendorMentions(bare as never, 'web')).toEqual([]);
  });
});

describe('the default reads as a sentence in each locale', () => {
  // The unknown code's end-user step and 4006's message (account deactivated), as a
  // native reader reads them: the default phrase fits each sentence's grammar (de
  // accusative after "an", zh without the space that sets off a Latin address).
  const expected: Record<(typeof locales)[number], readonly [string, string]> = {
    en: [
      'Try again. If it keeps happening, contact this app’s support team.',
      'Meetings aren’t available in this app right now. Contact this app’s support team.',
    ],
    es: [
      'ponte en contacto con el equipo de soporte de esta aplicación.',
      'Ponte en contacto con el equipo de soporte de esta aplicación.',
    ],
    fr: [
      'contactez l’équipe d’assistance de cette application.',
      'Contactez l’équipe d’assistance de cette application.',
    ],
    de: [
      'wenden Sie sich an den Support dieser App.',
      'Wenden Sie sich an den Support dieser App.',
    ],
    'pt-BR': [
      'entre em contato com a equipe de suporte deste aplicativo.',
      'Entre em contato com a equipe de suporte deste aplicativo.',
    ],
    ja: [
      'このアプリのサポート窓口にお問い合わせください。',
      'このアプリのサポート窓口にお問い合わせください。',
    ],
    'zh-CN': ['请联系此应用的支持团队。', '请联系此应用的支持团队。'],
    hi: ['तो इस ऐप की सहायता टीम से संपर्क करें।', 'इस ऐप की सहायता टीम से संपर्क करें।'],
    ar: [
      'فتواصل مع \u2068فريق الدعم في هذا التطبيق\u2069.',
      'تواصل مع \u2068فريق الدعم في هذا التطبيق\u2069.',
    ],
  };
  it.each(locales)('%s', async (locale) => {
    const messages = await messagesOf('web', locale, '');
    const [step, deactivated] = expected[locale];
    const unknown = localizeEntry({ code: 987654, platform: 'web' } as never, messages);
    expect(unknown.fixes.find((s) => s.by === 'user')?.text).toContain(step);
    const account = localizeEntry(
      (platformTables.web as readonly AnyErrorEntry[]).find((e) => e.code === 4006),
      messages,
    );
    expect(account.userMessage).toContain(deactivated);
  });
});

describe('an app’s own contact', () => {
  it.each(locales)('is used in every end-user text that asks for one, in %s', async (locale) => {
    const messages = await messagesOf('ios', locale, '');
    for (const entry of platformTables.ios as readonly AnyErrorEntry[]) {
      const raw = messages.meanings[entry.meaning as keyof typeof messages.meanings] as
        | { userMessage: string }
        | undefined;
      if (!raw?.userMessage.includes('{supportContact}')) continue;
      const l = localizeEntry(entry, messages, { values: { supportContact: 'help@acme.io' } });
      expect(l.userMessage).toContain('help@acme.io');
      expect(l.userMessage).not.toContain(messages.labels.supportTeam);
    }
  });

  it('keeps the Han–Latin space in Chinese for an address, and isolates it in Arabic', async () => {
    const zh = await messagesOf('web', 'zh-CN', '');
    const account = (platformTables.web as readonly AnyErrorEntry[]).find((e) => e.code === 4006);
    expect(
      localizeEntry(account, zh, { values: { supportContact: 'help@acme.io' } }).userMessage,
    ).toContain('请联系 help@acme.io。');
    const ar = await messagesOf('web', 'ar', '');
    expect(
      localizeEntry(account, ar, { values: { supportContact: 'help@acme.io' } }).userMessage,
    ).toContain('\u2068help@acme.io\u2069');
  });

  it.each([undefined, null, '', '   ', {}, ['x']])(
    'counts %j as no contact (an unset setting falls back to the default)',
    async (junk) => {
      const messages = await messagesOf('web', 'de', '');
      const account = (platformTables.web as readonly AnyErrorEntry[]).find((e) => e.code === 4006);
      const l = localizeEntry(account, messages, { values: { supportContact: junk as never } });
      expect(l.userMessage).toContain('den Support dieser App');
    },
  );
});

describe('developer texts', () => {
  it.each(locales)(
    'keep VideoSDK’s address where VideoSDK is the one to contact, in %s',
    async (locale) => {
      const messages = await messagesOf('web', locale, '');
      const developer: string[] = [];
      for (const entry of platformTables.web as readonly AnyErrorEntry[]) {
        const l = localizeEntry(entry, messages);
        developer.push(l.description, ...l.fixes.filter((s) => s.by !== 'user').map((s) => s.text));
      }
      expect(developer.filter((t) => t.includes('support@videosdk.live')).length).toBeGreaterThan(
        5,
      );
    },
  );
});
