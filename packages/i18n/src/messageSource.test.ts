import { catalog as iosCatalog } from '@org/error-codes/ios';
import { describe, expect, it } from 'vitest';
import { texts as iosTexts } from './lines/ios.generated.js';
import { texts as iosUserTexts } from './lines/ios.user.generated.js';
import { texts as webTexts } from './lines/web.generated.js';
import { messages as iosDe } from './locales/ios/de.js';
import { messages as webDe } from './locales/web/de.js';
import { messages as webEn } from './locales/web/en.js';
import {
  createMessageSource,
  type LocaleLoaders,
  loadRetryDelays,
  MessagesLoadError,
} from './messageSource.js';

/** Loaders that fail `failures` times for de, then serve it; every call is counted. */
function flaky(failures: number) {
  const calls = { de: 0, en: 0 };
  const loaders: LocaleLoaders<'web'> = {
    en: async () => {
      calls.en++;
      return { messages: webEn };
    },
    de: async () => {
      calls.de++;
      if (calls.de <= failures) throw new TypeError('Failed to fetch dynamically imported module');
      return { messages: webDe };
    },
  };
  return { calls, source: createMessageSource('web', 'full', loaders, [0, 0]) };
}

describe('createMessageSource', () => {
  it('retries twice by default, 250 ms then 1 s apart: three attempts in all', () => {
    expect(loadRetryDelays).toEqual([250, 1000]);
  });

  it('loads a locale once, and concurrent reads share the one load', async () => {
    const { calls, source } = flaky(0);
    expect(source.state('de-AT')).toEqual({ status: 'idle' });
    const [a, b] = [source.load('de-AT'), source.load('de')];
    expect(a).toBe(b);
    expect(source.state('de').status).toBe('loading');
    expect(await a).toBe(webDe);
    expect(await source.load('de')).toBe(webDe);
    expect(source.state('de')).toEqual({ status: 'loaded', messages: webDe });
    expect(calls.de).toBe(1);
  });

  it('recovers from a failure that a retry gets past', async () => {
    const { calls, source } = flaky(2);
    expect(await source.load('de')).toBe(webDe);
    expect(calls.de).toBe(3);
  });

  it('after three failed attempts keeps the failure: later reads fail at once, with no new attempt', async () => {
    const { calls, source } = flaky(Number.POSITIVE_INFINITY);
    const error = await source.load('de').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessagesLoadError);
    expect(error).toMatchObject({
      name: 'MessagesLoadError',
      platform: 'web',
      locale: 'de',
      attempts: 3,
    });
    expect((error as Error).message).toMatch(
      /web error texts in de after 3 attempts \(Failed to fetch/,
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(calls.de).toBe(3);
    for (let i = 0; i < 50; i++) {
      expect(source.state('de')).toEqual({ status: 'failed', error });
      await expect(source.load('de')).rejects.toBe(error);
    }
    expect(calls.de).toBe(3);
    // Another locale is not affected.
    expect(await source.load('en')).toBe(webEn);
  });

  it('clearFailures lets the next load try again (one locale, or all)', async () => {
    const { calls, source } = flaky(3);
    await expect(source.load('de')).rejects.toThrow(MessagesLoadError);
    source.clearFailures('en');
    expect(source.state('de').status).toBe('failed');
    source.clearFailures('de-CH');
    expect(source.state('de').status).toBe('idle');
    expect(await source.load('de')).toBe(webDe);
    expect(calls.de).toBe(4);
    source.clearFailures(); // nothing failed: nothing forgotten
    expect(source.state('de').status).toBe('loaded');
  });

  it('treats a module without the platform’s texts as a failed load', async () => {
    const source = createMessageSource(
      'flutter-3',
      'full',
      { en: async () => ({ messages: webEn }) } as never,
      [],
    );
    await expect(source.load('en')).rejects.toThrow(/no flutter-3 texts/);
  });

  it.each(['xx', '', null, {}, '__proto__', 'x'.repeat(100_000), 'en-XA'])(
    'negotiates %j to a locale it has (en when nothing matches; the pseudo-locale is an explicit import)',
    (junk) => {
      expect(webTexts.resolve(junk)).toBe('en');
      expect(webTexts.state(junk)).toEqual({ status: 'idle' });
    },
  );

  it('does not raise an unhandled rejection for a dropped promise', async () => {
    const { source } = flaky(Number.POSITIVE_INFINITY);
    const seen: unknown[] = [];
    const onUnhandled = (reason: unknown) => seen.push(reason);
    process.on('unhandledRejection', onUnhandled);
    void source.state('de');
    source.load('de').catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(seen).toEqual([]);
  });
});

describe('the line entries', () => {
  it('hold the nine real locales of their line, full or end-user texts', async () => {
    expect(iosTexts.locales).toEqual(['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'hi', 'ar']);
    expect([iosTexts.platform, iosTexts.slice, iosUserTexts.slice]).toEqual([
      'ios',
      'full',
      'user',
    ]);
    const full = await iosTexts.load('de');
    expect(full).toBe(iosDe);
    const user = await iosUserTexts.load('de');
    expect(user.platform).toBe('ios');
    expect(Object.keys(user.meanings).sort()).toEqual(Object.keys(full.meanings).sort());
    expect(Object.keys(full.meanings).sort()).toEqual(
      [...new Set(iosCatalog.map((e) => e.meaning))].sort(),
    );
  });
});
