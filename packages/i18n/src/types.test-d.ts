import type { PlatformId } from '@org/error-codes';
import { describe, expectTypeOf, it } from 'vitest';
import { messages as flutter1En } from './locales/flutter-1/en.js';
import { messages as iosEn } from './locales/ios/en.js';
import { messages as webEn } from './locales/web/en.js';
import { resolveLocale } from './resolveLocale.js';
import type {
  CategoryOf,
  CategoryTexts,
  Locale,
  MeaningIdIn,
  MeaningTexts,
  PlatformMessages,
  TextsOf,
} from './types.js';

const { 'invalid-api-key': _dropped, ...withoutOne } = webEn.meanings;

describe('locale typing', () => {
  it('rejects a line bundle that misses a meaning', () => {
    // @ts-expect-error invalid-api-key is missing
    const broken: PlatformMessages<'web'> = { ...webEn, meanings: withoutOne };
    expectTypeOf(broken).toEqualTypeOf<PlatformMessages<'web'>>();
  });

  it('rejects a text that misses a field, and a meaning the category lacks', () => {
    // @ts-expect-error causes and fixes are missing
    const text: MeaningTexts = { title: 't', userTitle: 'u', description: 'd', userMessage: 'm' };
    const extra: CategoryTexts<'auth'> = {
      ...({} as CategoryTexts<'auth'>),
      // @ts-expect-error camera-in-use is a media-device meaning, not an auth one
      'camera-in-use': webEn.meanings['camera-in-use'],
    };
    expectTypeOf(text).toEqualTypeOf<MeaningTexts>();
    expectTypeOf(extra).toEqualTypeOf<CategoryTexts<'auth'>>();
  });

  it('files each meaning under its entries’ category, whichever lines have it', () => {
    expectTypeOf<CategoryOf<'camera-in-use'>>().toEqualTypeOf<'media-device'>();
    expectTypeOf<CategoryOf<'character-join-failed'>>().toEqualTypeOf<'session'>();
    expectTypeOf<'invalid-api-key'>().toExtend<MeaningIdIn<'auth'>>();
    expectTypeOf<'camera-in-use'>().not.toExtend<MeaningIdIn<'auth'>>();
    expectTypeOf<CategoryTexts<'auth'>>().toEqualTypeOf<TextsOf<MeaningIdIn<'auth'>>>();
  });

  it('keeps each line’s meanings apart', () => {
    expectTypeOf(webEn.meanings).toHaveProperty('pubsub-publish-failed');
    expectTypeOf(flutter1En.meanings).not.toHaveProperty('pubsub-publish-failed');
    expectTypeOf(iosEn.meanings).toHaveProperty('character-join-failed');
    expectTypeOf(webEn.meanings).not.toHaveProperty('character-join-failed');
    expectTypeOf(flutter1En.platform).toEqualTypeOf<'flutter-1'>();
  });

  it('takes any line’s messages where any line’s are expected', () => {
    expectTypeOf(iosEn).toExtend<PlatformMessages>();
    expectTypeOf(webEn).toExtend<PlatformMessages>();
    expectTypeOf<PlatformMessages['platform']>().toEqualTypeOf<PlatformId>();
    expectTypeOf<keyof PlatformMessages['labels']['platforms']>().toEqualTypeOf<PlatformId>();
  });

  it('resolveLocale returns a shipped locale', () => {
    expectTypeOf(resolveLocale('de-AT')).toEqualTypeOf<Locale>();
    // @ts-expect-error not a shipped locale
    const l: Locale = 'pt-PT';
    expectTypeOf(l).toEqualTypeOf<Locale>();
  });
});
