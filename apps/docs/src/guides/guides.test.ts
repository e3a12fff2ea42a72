import { describe, expect, it } from 'vitest';
import { siteLocales } from '../site.js';
import { guides } from './index.js';

/** Every string of a guide dictionary, by its path (`apiKey.claims.exp`, `retryBody.1`). */
function strings(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [p, s] of strings(inner, path ? `${path}.${key}` : key)) out.set(p, s);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codeSpans = (text: string) => (text.match(/`/g) ?? []).length;

describe('the guide words', () => {
  const en = strings(guides.en);
  it.each(siteLocales.filter((l) => l !== 'en'))('%s has every English string, translated', (l) => {
    const own = strings(guides[l]);
    expect([...own.keys()]).toEqual([...en.keys()]);
    for (const [path, text] of own) {
      const source = en.get(path) ?? '';
      expect(text.trim(), path).not.toBe('');
      // The same values, and code spans closed.
      expect(placeholders(text), `${l} ${path}`).toEqual(placeholders(source));
      expect(codeSpans(text) % 2, `${l} ${path}`).toBe(0);
      // Prose is translated; only names (a claim's list, keywords) may match English.
      if (source.length > 40 && !path.startsWith('apiKey.keywords')) {
        expect(text, `${l} ${path}`).not.toBe(source);
      }
    }
  });

  it('every locale finds the API key page with "JWT"', () => {
    for (const l of siteLocales) expect(guides[l].apiKey.keywords).toMatch(/\bjwt\b/);
  });
});
