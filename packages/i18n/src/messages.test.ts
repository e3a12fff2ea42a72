import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { type AnyErrorEntry, platformIds, platformTables } from '@org/error-codes';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { textCategories } from '../scripts/generate.js';
import { allFields, allTexts, english, linesOf } from '../test/texts.js';
import { formatMessage } from './formatMessage.js';
import { surfaceOf } from './surface.js';

const argumentsOf = (message: string): string[] =>
  parse(message)
    .filter((el) => el.type === TYPE.argument)
    .map((el) => (el as { value: string }).value)
    .sort();

/** Words an end user must never read: internal names, SDK jargon, code numbers. */
const JARGON =
  /\b(API|SDK|tokens?|HLS|RTMP|codecs?|tracks?|producers?|consumers?|payloads?|parameters?|sockets?|websockets?|getUserMedia|foreground service|participant ?ID|meeting ?ID|roomId|participantId|meetingId|apikey|allow_join|ask_join|allow_mod|null|undefined)\b|\b[345]\d{3}\b/i;
/** Words that assume a browser: never shown to the user of an app (React Native, iOS, Flutter). */
const BROWSER = /\b(browser|web ?page|the page|reload|refresh the page|tab)\b/i;

const englishFields = new Map(
  allFields(english).map(({ id, field }) => [`${id} ${field.path}`, field]),
);

describe('the English source', () => {
  it('has every meaning of every line once, in the file of its category', () => {
    const entries = platformIds.flatMap((p) => platformTables[p] as readonly AnyErrorEntry[]);
    expect(Object.keys(english.meanings).sort()).toEqual(
      [...new Set(entries.map((e) => e.meaning))].sort(),
    );
    for (const [id, category] of Object.entries(english.categoryOf)) {
      // The first line in registry order that has the meaning gives its category.
      expect(category, id).toBe(entries.find((e) => e.meaning === id)?.category);
      expect(linesOf(id).length, id).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(english.categoryOf))).toEqual(new Set(textCategories));
  });

  it('never speaks of a browser, a page or a tab to an app’s user', () => {
    for (const { id, field } of allFields(english)) {
      if (field.audience === 'user' && field.platforms.some((p) => surfaceOf(p) === 'app')) {
        expect(field.text, `${id} ${field.path}`).not.toMatch(BROWSER);
      }
    }
  });

  it('uses one spelling of "Try again" and the support placeholder for contacts', () => {
    for (const { id, field } of allFields(english)) {
      expect(field.text, `${id} ${field.path}`).not.toMatch(/please try again|attempt again/i);
      if (field.audience === 'user') {
        expect(field.text, `${id} ${field.path}`).not.toMatch(/support@videosdk\.live/);
      }
    }
  });
});

describe.each(allTexts.map((t) => [t.locale, t] as const))('locale %s', (locale, texts) => {
  const fields = allFields(texts);

  it('has every meaning, with 1–3 causes and 1–4 fixes, every text non-empty', () => {
    expect(Object.keys(texts.meanings).sort()).toEqual(Object.keys(english.meanings).sort());
    for (const [id, t] of Object.entries(texts.meanings)) {
      expect(t.causes.length, id).toBeGreaterThanOrEqual(1);
      expect(t.causes.length, id).toBeLessThanOrEqual(3);
      expect(t.fixes.length, id).toBeGreaterThanOrEqual(1);
      expect(t.fixes.length, id).toBeLessThanOrEqual(4);
    }
    for (const { id, field } of fields)
      expect(field.text.trim(), `${id} ${field.path}`).not.toBe('');
  });

  it('mirrors the English structure: the same fields, the same actors in the same order', () => {
    expect(fields.map(({ id, field }) => `${id} ${field.path}`)).toEqual(
      allFields(english).map(({ id, field }) => `${id} ${field.path}`),
    );
    for (const [id, t] of Object.entries(texts.meanings)) {
      const en = english.meanings[id];
      expect(
        t.fixes.map((s) => s.by),
        id,
      ).toEqual(en?.fixes.map((s) => s.by));
      for (const [p, v] of Object.entries(t.variants ?? {})) {
        expect(
          v?.fixes?.map((s) => s.by),
          `${id} ${p}`,
        ).toEqual(en?.variants?.[p as 'app']?.fixes?.map((s) => s.by));
      }
    }
  });

  it('has the placeholders of the English text and no other', () => {
    for (const { id, field } of fields) {
      const source = englishFields.get(`${id} ${field.path}`)?.text ?? '';
      expect(argumentsOf(field.text), `${locale} ${id} ${field.path}`).toEqual(argumentsOf(source));
    }
  });

  it('parses as ICU and formats exactly as intl-messageformat does', () => {
    const values = { supportContact: 'help@example.com', code: '4242' };
    for (const { id, field } of fields) {
      const reference = new IntlMessageFormat(field.text, locale).format(values) as string;
      expect(formatMessage(field.text, values), `${locale} ${id} ${field.path}`).toBe(reference);
    }
  });

  it('keeps jargon and internal names out of every field an end user sees', () => {
    for (const { id, field } of fields) {
      if (field.audience !== 'user') continue;
      // The unknown texts name the code they could not explain, through {code} only.
      const text = field.text.replace('{code}', '');
      expect(text, `${locale} ${id} ${field.path}`).not.toMatch(JARGON);
    }
  });

  it('ends no title with a full stop', () => {
    for (const { id, field } of fields) {
      if (/(^|\.)(title|userTitle)$/.test(field.path)) {
        expect(field.text, `${locale} ${id} ${field.path}`).not.toMatch(/[.。।]\]?$/);
      }
    }
  });

  it('is not a copy of English (except the English source)', () => {
    if (locale === 'en') return;
    const same = fields.filter(
      ({ id, field }) =>
        field.audience === 'user' && field.text === englishFields.get(`${id} ${field.path}`)?.text,
    );
    expect(same.map(({ id, field }) => `${id} ${field.path}`)).toEqual([]);
  });

  it('names every label of every vocabulary', () => {
    for (const record of Object.values(texts.common.labels)) {
      const labels = typeof record === 'string' ? [record] : Object.values<string>(record);
      for (const label of labels) expect(label.trim()).not.toBe('');
    }
  });
});
