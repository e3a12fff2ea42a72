import * as flutter from '@org/error-codes/flutter-1';
import * as ios from '@org/error-codes/ios';
import * as web from '@org/error-codes/web';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../test/texts.js';
import { messages as flutterAr } from './locales/flutter-1/ar.js';
import { messages as flutterEn } from './locales/flutter-1/en.js';
import { messages as iosDe } from './locales/ios/de.js';
import { messages as iosEn } from './locales/ios/en.js';
import { messages as webDe } from './locales/web/de.js';
import { messages as webEn } from './locales/web/en.js';
import { localizeEntry } from './localizeEntry.js';
import type { MeaningTexts } from './types.js';

describe('localizeEntry', () => {
  it('localizes an entry and a normalized error alike, with the platform’s meaning', () => {
    const fromEntry = localizeEntry(web.getError(3017), webDe);
    expect(fromEntry).toMatchObject({
      known: true,
      platform: 'web',
      code: 3017,
      name: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      meaning: 'camera-access-denied-or-dismissed',
      locale: 'de',
      dir: 'ltr',
    });
    expect(fromEntry.title).toBe(webDe.meanings['camera-access-denied-or-dismissed'].title);
    expect(localizeEntry(web.normalizeError({ code: '3017', message: 'denied' }), webDe)).toEqual(
      fromEntry,
    );
    expect(localizeEntry(flutter.getError(3017), flutterEn).meaning).toBe(
      'video-track-creation-failed',
    );
  });

  it('returns causes, fixes with who acts, and the labels in the locale', () => {
    const l = localizeEntry(web.getError(4001), webDe);
    const texts = webDe.meanings['invalid-api-key'];
    expect(l.causes).toEqual(texts.causes);
    expect(l.fixes.map((s) => s.by)).toEqual(texts.fixes.map((s) => s.by));
    expect(l.labels).toEqual({
      platform: webDe.labels.platforms.web,
      category: webDe.labels.categories.auth,
      severity: webDe.labels.severities.fatal,
      source: webDe.labels.sources.server,
      feature: undefined,
    });
  });

  it('applies the surface’s end-user words: an app’s on every app line, none on web', () => {
    const [id, texts] =
      Object.entries<MeaningTexts>(english.meanings).find(
        ([m, t]) => t.variants?.app?.userMessage && m in flutterEn.meanings,
      ) ?? [];
    if (!id || !texts) throw new Error('no app variant in the English texts');
    const entry = flutter.catalog.find((e) => e.meaning === id);
    const webEntry = web.catalog.find((e) => e.meaning === id);
    expect(localizeEntry(entry, flutterEn).userMessage).toBe(texts.variants?.app?.userMessage);
    expect(localizeEntry(webEntry, webEn).userMessage).toBe(texts.userMessage);
    // The same meaning on iOS (renumbered or not) reads the app's words too.
    const iosEntry = ios.catalog.find((e) => e.meaning === id);
    if (iosEntry) {
      expect(localizeEntry(iosEntry, iosEn).userMessage).toBe(texts.variants?.app?.userMessage);
    }
  });

  it('reads a renumbered code with its own line’s table: iOS 3008 is web 3045', () => {
    const l = localizeEntry(ios.getError(3008), iosDe);
    expect(l).toMatchObject({ known: true, platform: 'ios', code: 3008 });
    expect(l.meaning).toBe(web.getError(3045)?.meaning);
    expect(l.labels.platform).toBe(iosDe.labels.platforms.ios);
  });

  it('fills the support contact with the locale’s words for the app’s support team, or the app’s own', () => {
    const entry = web.getError(4006);
    expect(localizeEntry(entry, webEn).userMessage).toContain(webEn.labels.supportTeam);
    expect(localizeEntry(entry, webEn).userMessage).not.toContain('videosdk');
    const own = localizeEntry(entry, webEn, { values: { supportContact: 'help@acme.io' } });
    expect(own.userMessage).toContain('help@acme.io');
    expect(own.userMessage).not.toContain('{');
  });

  it('gives unknown codes the generic texts with the code, keeping what came', () => {
    const l = localizeEntry(web.normalizeError({ code: 4242, message: 'brand new' }), webDe);
    expect(l).toMatchObject({
      known: false,
      code: 4242,
      name: 'UNKNOWN_ERROR',
      platform: 'web',
      message: 'brand new',
    });
    expect(l.userMessage).toContain('4242');
    expect(l.fixes.length).toBeGreaterThan(0);
    const long = localizeEntry(web.normalizeError({ code: 'x'.repeat(1000) }), webDe);
    // Developer text names what came, cut short; end-user text names no bogus code.
    expect(long.description).toContain(`${'x'.repeat(32)}…`);
    expect(long.userMessage).not.toContain('xxx');
    expect(long.code).toBe('x'.repeat(1000));
  });

  it('isolates every value in a right-to-left locale', () => {
    const l = localizeEntry(flutter.getError(4006), flutterAr, {
      values: { supportContact: 'https://acme.io/help/' },
    });
    expect(l.dir).toBe('rtl');
    expect(l.userMessage).toContain('\u2068https://acme.io/help/\u2069');
  });

  it.each([
    null,
    undefined,
    42,
    'x',
    {},
    { known: true },
    { meaning: '__proto__', code: 1, platform: 'web' },
    { meaning: 'constructor', code: 1, platform: 'web' },
    JSON.parse('{"__proto__": {"known": true}}'),
  ])('never throws for %j, with any messages', (junk) => {
    for (const messages of [webEn, null, {}, { meanings: null }, { unknown: 42 }]) {
      const l = localizeEntry(junk as never, messages as never);
      expect(typeof l.title).toBe('string');
      expect(Array.isArray(l.fixes)).toBe(true);
    }
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const l = localizeEntry(a as never, b as never, b as never);
        expect(typeof l.userMessage).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
