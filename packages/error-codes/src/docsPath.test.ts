import { describe, expect, it } from 'vitest';
import { docsPath, docsUrl, localePrefix } from './index.js';

describe('docsPath and docsUrl', () => {
  it('names the platform, puts English at the root and other locales under their tag', () => {
    expect(docsPath('web', 3017)).toBe('/web/errors/3017/');
    expect(docsPath('flutter-1', 3017, 'en')).toBe('/flutter-1/errors/3017/');
    expect(docsPath('web', 4001, 'pt-BR')).toBe('/pt-BR/web/errors/4001/');
    expect(localePrefix('de')).toBe('/de');
    expect(localePrefix()).toBe('');
  });

  it('joins a base without doubling slashes and escapes odd codes', () => {
    expect(docsUrl('web', 4001, { baseUrl: 'http://127.0.0.1:4173/' })).toBe(
      'http://127.0.0.1:4173/web/errors/4001/',
    );
    expect(
      docsUrl('flutter-1', 4001, { baseUrl: ' https://errors.acme.io// ', locale: 'de' }),
    ).toBe('https://errors.acme.io/de/flutter-1/errors/4001/');
    expect(docsPath('web', 'a/b?c')).toBe('/web/errors/a%2Fb%3Fc/');
  });

  it('gives no link when no docs address is configured, or a junk one', () => {
    expect(docsUrl('web', 4001)).toBeUndefined();
    for (const baseUrl of [
      '',
      '   ',
      'errors.acme.io',
      'ftp://x',
      'javascript:alert(1)',
      'https://',
      `https://${'a'.repeat(5000)}`,
    ]) {
      expect(docsUrl('web', 4001, { baseUrl })).toBeUndefined();
    }
    for (const options of [
      null,
      42,
      { baseUrl: 42 },
      { baseUrl: { toString: () => 'https://x' } },
    ]) {
      expect(docsUrl('web', 4001, options as never)).toBeUndefined();
    }
  });
});
