import { readFileSync } from 'node:fs';
import { formatMessage } from '@org/error-codes-i18n';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { siteLocales } from '../site.js';
import { ui } from './index.js';
import type { UiStrings } from './types.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
const keys = Object.keys(ui.en) as (keyof UiStrings)[];
const all = siteLocales.flatMap((locale) =>
  keys.map((key) => ({ locale, key, text: ui[locale][key] })),
);

/** The placeholders each string takes, as its doc comment in types.ts says ("Takes {a} and {b}"). */
function documentedPlaceholders(): Map<string, string[]> {
  const source = readFileSync(new URL('./types.ts', import.meta.url), 'utf8');
  const out = new Map<string, string[]>();
  for (const m of source.matchAll(/\/\*\*([^*]*?)\*\/\s*readonly (\w+)/g)) {
    const taken = [...(m[1] ?? '').matchAll(/\{(\w+)\}/g)].map((p) => p[1] as string);
    out.set(m[2] as string, taken);
  }
  return out;
}

describe('the site’s UI strings', () => {
  it('cover every locale with the same keys, every one a non-empty string', () => {
    for (const locale of siteLocales) {
      expect(Object.keys(ui[locale]), locale).toEqual(keys);
      for (const key of keys) expect(ui[locale][key].trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('take exactly the placeholders types.ts documents, in every locale', () => {
    const documented = documentedPlaceholders();
    for (const { locale, key, text } of all) {
      expect(placeholders(text).sort(), `${locale} ${key}`).toEqual(
        [...(documented.get(key) ?? [])].sort(),
      );
    }
  });

  it('are translated: only names, codes and a few shared words read the same as English', () => {
    // Words that are the same in many languages (product and format names).
    const sameEverywhere = new Set(['sdk', 'codes', 'code', 'details', 'downloads', 'name']);
    for (const locale of siteLocales.filter((l) => l !== 'en')) {
      const copies = keys.filter((k) => ui[locale][k] === ui.en[k] && !sameEverywhere.has(k));
      expect(copies.length, `${locale}: ${copies.join(', ')}`).toBeLessThanOrEqual(3);
    }
  });

  it('are valid ICU that intl-messageformat formats as formatMessage does', () => {
    for (const { locale, key, text } of all) {
      const values = Object.fromEntries(placeholders(text).map((name) => [name, `[${name}]`]));
      const icu = new IntlMessageFormat(text, locale).format(values);
      expect(icu, `${locale} ${key}`).toBe(formatMessage(text, values));
      // Filled in, no placeholder is left; unfilled, the text is unchanged.
      expect(formatMessage(text, values), `${locale} ${key}`).not.toMatch(/\{\w+\}/);
      expect(formatMessage(text)).toBe(text);
    }
  });

  it('use no ASCII apostrophe, which ICU could read as a quote', () => {
    const quoted = all.filter(({ text }) => text.includes("'"));
    expect(quoted.map(({ locale, key }) => `${locale} ${key}`)).toEqual([]);
  });
});
