import { formatMessage } from '@org/error-codes-i18n';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { siteLocales } from '../site.js';
import { ui } from './index.js';

/** Every string of a dictionary with its key path (`categories.auth`). */
function strings(dictionary: object, prefix = ''): [string, string][] {
  return Object.entries(dictionary).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : strings(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

// The plain `{name}` substitution the site used before its strings went through
// formatMessage: kept here as the yardstick the switch must not move.
const plainFill = (text: string, values: Readonly<Record<string, string>>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );

const all = siteLocales.flatMap((locale) =>
  strings(ui[locale]).map(([key, text]) => ({ locale, key, text })),
);

describe('the site’s UI strings', () => {
  it('cover every locale with the same keys and the same placeholders as English', () => {
    const english = new Map(strings(ui.en));
    for (const locale of siteLocales) {
      const own = strings(ui[locale]);
      expect(
        own.map(([key]) => key),
        locale,
      ).toEqual([...english.keys()]);
      for (const [key, text] of own) {
        expect(placeholders(text).sort(), `${locale} ${key}`).toEqual(
          placeholders(english.get(key) ?? '').sort(),
        );
      }
    }
  });

  it('format with formatMessage exactly as plain substitution did, filled or not', () => {
    expect(all.filter(({ text }) => placeholders(text).length > 0)).toHaveLength(
      5 * siteLocales.length,
    );
    for (const { locale, key, text } of all) {
      // Values that would betray quoting or double substitution if the text mis-parsed.
      const values = Object.fromEntries(
        placeholders(text).map((name) => [name, `<${name}> '{x}' ’`]),
      );
      expect(formatMessage(text, values), `${locale} ${key}`).toBe(plainFill(text, values));
      expect(formatMessage(text), `${locale} ${key}`).toBe(text);
    }
  });

  it('are valid ICU that intl-messageformat formats the same way', () => {
    for (const { locale, key, text } of all) {
      const values = Object.fromEntries(placeholders(text).map((name) => [name, `[${name}]`]));
      const icu = new IntlMessageFormat(text, locale).format(values);
      expect(icu, `${locale} ${key}`).toBe(formatMessage(text, values));
    }
  });

  it('use no ASCII apostrophe, which ICU could read as a quote', () => {
    const quoted = all.filter(({ text }) => text.includes("'"));
    expect(quoted.map(({ locale, key }) => `${locale} ${key}`)).toEqual([]);
  });
});
