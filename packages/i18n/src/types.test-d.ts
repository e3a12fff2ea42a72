import { describe, expectTypeOf, it } from 'vitest';
import { messages as en } from './locales/en.js';
import { resolveLocale } from './resolveLocale.js';
import type { ErrorTexts, Locale, LocaleMessages } from './types.js';

const { 4001: _dropped, ...withoutOne } = en.codes;

describe('locale typing', () => {
  it('rejects a locale that misses a code', () => {
    // @ts-expect-error 4001 is missing
    const broken: LocaleMessages = { locale: 'de', unknown: en.unknown, codes: withoutOne };
    expectTypeOf(broken).toEqualTypeOf<LocaleMessages>();
  });

  it('rejects a text that misses a field, and a code the catalog lacks', () => {
    // @ts-expect-error userMessage is missing
    const text: ErrorTexts = { title: 't', description: 'd' };
    const extra: LocaleMessages = {
      locale: 'de',
      unknown: en.unknown,
      // @ts-expect-error 9999 is not a catalog code
      codes: { ...en.codes, 9999: en.unknown },
    };
    expectTypeOf(text).toEqualTypeOf<ErrorTexts>();
    expectTypeOf(extra).toEqualTypeOf<LocaleMessages>();
  });

  it('resolveLocale returns a shipped locale', () => {
    expectTypeOf(resolveLocale('de-AT')).toEqualTypeOf<Locale>();
    // @ts-expect-error not a shipped locale
    const l: Locale = 'pt-PT';
    expectTypeOf(l).toEqualTypeOf<Locale>();
  });
});
