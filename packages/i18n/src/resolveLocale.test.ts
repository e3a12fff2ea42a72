import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { direction, isLocale, resolveLocale } from './resolveLocale.js';

describe('resolveLocale', () => {
  it.each([
    ['en', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['DE-at', 'de'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'en'],
    ['zh-Hant', 'en'],
    ['ja-JP', 'ja'],
    ['hi-IN', 'hi'],
    ['ar-EG', 'ar'],
    ['es-419', 'es'],
    ['fr-CA', 'fr'],
    ['en-XA', 'en-XA'],
    ['xx', 'en'],
    ['', 'en'],
    ['*', 'en'],
    [';q=abc', 'en'],
    ['de;q=abc', 'en'],
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'fr'],
    ['xx, de;q=0.5, ja;q=0.9', 'ja'],
    ['ja;q=0, de', 'de'],
    ['en;q=0.1, ar', 'ar'],
    ['zh-TW, zh-CN;q=0.8', 'zh-CN'],
    ['de;q=1.5', 'en'],
    ['__proto__', 'en'],
    ['constructor', 'en'],
    ['de\u0000', 'en'],
  ])('%j → %s', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });

  it('takes an array of tags in preference order', () => {
    expect(resolveLocale(['xx', 'es-MX', 'de'])).toBe('es');
    expect(resolveLocale([1, null, 'ar'])).toBe('ar');
  });

  it.each([undefined, null, 42, {}, Symbol('de'), 1n, () => 'de'])(
    'falls back to en for %s',
    (input) => {
      expect(resolveLocale(input)).toBe('en');
    },
  );

  it('falls back to en for a revoked proxy and an array whose getters throw', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const hostile = new Proxy(['de'], {
      get(target, key) {
        if (key === '0') throw new Error('no');
        return Reflect.get(target, key);
      },
    });
    expect(resolveLocale(proxy)).toBe('en');
    expect(resolveLocale(hostile)).toBe('en');
  });

  it('bounds its work on 10 KB and megabyte headers', () => {
    expect(resolveLocale('x'.repeat(10_240))).toBe('en');
    expect(resolveLocale(`${'xx;q=0.1,'.repeat(2000)}de`)).toBe('en'); // past the 32-range cap
    expect(resolveLocale(`de,${'y'.repeat(1 << 20)}`)).toBe('de');
  });

  it('never throws and always returns a shipped locale (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.array(fc.string())), (input) => {
        expect(isLocale(resolveLocale(input))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('direction and isLocale', () => {
  it('is rtl for Arabic only among the shipped locales', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('ar-EG')).toBe('rtl');
    expect(direction('de')).toBe('ltr');
    expect(direction(undefined)).toBe('ltr');
    expect(direction({})).toBe('ltr');
  });

  it('isLocale accepts only exact shipped tags', () => {
    expect(isLocale('pt-BR')).toBe(true);
    expect(isLocale('pt-br')).toBe(false);
    expect(isLocale('__proto__')).toBe(false);
  });
});
