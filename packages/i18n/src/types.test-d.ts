import { describe, expectTypeOf, it } from 'vitest';
import { messages as flutterEn } from './locales/flutter/en.js';
import { messages as webEn } from './locales/web/en.js';
import { resolveLocale } from './resolveLocale.js';
import type {
  Locale,
  MeaningTexts,
  PlatformMessages,
  TextsOf,
  WebServerMeaningId,
} from './types.js';

const { 'invalid-api-key': _dropped, ...withoutOne } = webEn.meanings;

describe('locale typing', () => {
  it('rejects a platform bundle that misses a meaning', () => {
    // @ts-expect-error invalid-api-key is missing
    const broken: PlatformMessages<'web'> = { ...webEn, meanings: withoutOne };
    expectTypeOf(broken).toEqualTypeOf<PlatformMessages<'web'>>();
  });

  it('rejects a text that misses a field, and a meaning the platform lacks', () => {
    // @ts-expect-error causes and fixes are missing
    const text: MeaningTexts = { title: 't', userTitle: 'u', description: 'd', userMessage: 'm' };
    const extra: TextsOf<WebServerMeaningId> = {
      ...({} as TextsOf<WebServerMeaningId>),
      // @ts-expect-error camera-in-use is not a web server meaning
      'camera-in-use': webEn.meanings['camera-in-use'],
    };
    expectTypeOf(text).toEqualTypeOf<MeaningTexts>();
    expectTypeOf(extra).toEqualTypeOf<TextsOf<WebServerMeaningId>>();
  });

  it('keeps each platform’s meanings apart', () => {
    expectTypeOf(webEn.meanings).toHaveProperty('pubsub-publish-failed');
    expectTypeOf(flutterEn.meanings).not.toHaveProperty('pubsub-publish-failed');
    expectTypeOf(flutterEn.platform).toEqualTypeOf<'flutter'>();
  });

  it('resolveLocale returns a shipped locale', () => {
    expectTypeOf(resolveLocale('de-AT')).toEqualTypeOf<Locale>();
    // @ts-expect-error not a shipped locale
    const l: Locale = 'pt-PT';
    expectTypeOf(l).toEqualTypeOf<Locale>();
  });
});
