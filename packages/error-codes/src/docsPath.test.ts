import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCS_BASE_URL, docsPath, docsUrl, localePrefix } from './index.js';

describe('docsPath and docsUrl', () => {
  it('names the platform, puts English at the root and other locales under their tag', () => {
    expect(docsPath('web', 3017)).toBe('/web/errors/3017/');
    expect(docsPath('flutter', 3017, 'en')).toBe('/flutter/errors/3017/');
    expect(docsPath('web', 4001, 'pt-BR')).toBe('/pt-BR/web/errors/4001/');
    expect(localePrefix('de')).toBe('/de');
    expect(localePrefix()).toBe('');
  });

  it('joins a base without doubling slashes and escapes odd codes', () => {
    expect(docsUrl('web', 4001, { baseUrl: 'http://127.0.0.1:4173/' })).toBe(
      'http://127.0.0.1:4173/web/errors/4001/',
    );
    expect(docsUrl('flutter', 4001)).toBe(`${DEFAULT_DOCS_BASE_URL}/flutter/errors/4001/`);
    expect(docsPath('web', 'a/b?c')).toBe('/web/errors/a%2Fb%3Fc/');
  });
});
