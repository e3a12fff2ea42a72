import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { catalog } from '@org/error-codes';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatMessage } from './formatMessage.js';
import { locales, pseudoLocale } from './locales.js';
import type { ErrorTexts, LocaleMessages } from './types.js';

const all: LocaleMessages[] = await Promise.all(
  [...locales, pseudoLocale].map(async (l) => (await import(`./locales/${l}.ts`)).messages),
);
const en = all[0] as LocaleMessages;
const fields = ['title', 'description', 'userMessage'] as const;

/** Every (key, texts) pair of a bundle: each code, then 'unknown'. */
const textsOf = (m: LocaleMessages): [string, ErrorTexts][] => [
  ...catalog.map((e): [string, ErrorTexts] => [String(e.code), m.codes[e.code]]),
  ['unknown', m.unknown],
];
const argumentsOf = (message: string): string[] =>
  parse(message)
    .filter((el) => el.type === TYPE.argument)
    .map((el) => (el as { value: string }).value)
    .sort();

describe.each(all.map((m) => [m.locale, m] as const))('locale %s', (locale, m) => {
  it('has every code and nothing else', () => {
    expect(Object.keys(m.codes).map(Number)).toEqual(catalog.map((e) => e.code));
  });

  it('has every field non-empty, with the placeholders of the English text and no other', () => {
    const english = new Map(textsOf(en));
    for (const [key, texts] of textsOf(m)) {
      for (const f of fields) {
        expect(texts[f].trim(), `${locale} ${key}.${f}`).not.toBe('');
        expect(argumentsOf(texts[f]), `${locale} ${key}.${f}`).toEqual(
          argumentsOf(english.get(key)?.[f] ?? ''),
        );
      }
    }
  });

  it('parses as ICU and formats exactly as intl-messageformat does', () => {
    const values = { supportContact: 'help@example.com', code: '4242' };
    for (const [key, texts] of textsOf(m)) {
      for (const f of fields) {
        const reference = new IntlMessageFormat(texts[f], locale).format(values) as string;
        expect(formatMessage(texts[f], values), `${locale} ${key}.${f}`).toBe(reference);
      }
    }
  });

  it('keeps internal field names out of end-user messages', () => {
    for (const [key, texts] of textsOf(m)) {
      expect(texts.userMessage, `${locale} ${key}`).not.toMatch(
        /apikey|participantId|meetingId|allow_join|ask_join|'token'/i,
      );
    }
  });

  it('is not a copy of English (except the English source)', () => {
    if (locale === 'en') return;
    const same = textsOf(m).filter(
      ([key, t]) => t.userMessage === new Map(textsOf(en)).get(key)?.userMessage,
    );
    expect(same).toEqual([]);
  });
});
