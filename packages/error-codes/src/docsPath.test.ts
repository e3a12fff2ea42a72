import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCS_BASE_URL, docsPath, docsUrl } from './index.js';

describe('docsPath and docsUrl', () => {
  it('puts English at the root and other locales under their tag', () => {
    expect(docsPath(4001)).toBe('/errors/4001/');
    expect(docsPath(4001, 'en')).toBe('/errors/4001/');
    expect(docsPath(4001, 'pt-BR')).toBe('/pt-BR/errors/4001/');
  });

  it('joins a base without doubling slashes and escapes odd codes', () => {
    expect(docsUrl(4001, { baseUrl: 'http://127.0.0.1:4173/' })).toBe(
      'http://127.0.0.1:4173/errors/4001/',
    );
    expect(docsUrl(4001)).toBe(`${DEFAULT_DOCS_BASE_URL}/errors/4001/`);
    expect(docsPath('a/b?c')).toBe('/errors/a%2Fb%3Fc/');
  });
});
