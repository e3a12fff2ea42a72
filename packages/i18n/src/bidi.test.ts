/**
 * Right-to-left safety, checked with the Unicode Bidirectional Algorithm (bidi-js,
 * a conformant UBA implementation): every Arabic text, formatted with a variety of
 * support contacts, displays each left-to-right run (URLs, e-mail addresses, phone
 * numbers, codes, Latin words) whole and in its own order.
 */
import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import { allFields, loadTexts } from '../test/texts.js';
import { formatMessage } from './formatMessage.js';

const bidi = bidiFactory();

/** The text as displayed, left to right, in a right-to-left paragraph (UBA rules L1–L4). */
function visual(text: string): string {
  const levels = bidi.getEmbeddingLevels(text, 'rtl');
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const chars = [...text].map((ch, i) => mirrored.get(i) ?? ch);
  // Code points and UTF-16 indices agree here: the texts hold no astral characters.
  for (const [start = 0, end = 0] of bidi.getReorderSegments(text, levels)) {
    chars.splice(start, end - start + 1, ...chars.slice(start, end + 1).reverse());
  }
  // Marks and isolates take no room on screen.
  return chars.join('').replace(/[\u200e\u200f\u2066-\u2069]/g, '');
}

const URL = /https?:\/\/(?:[\w-]+(?:\.[\w-]+)*(?:\/[\w-]*)*)?/g;
const LATIN = /[A-Za-z0-9][\w@.+-]*[A-Za-z0-9]|[A-Za-z0-9]/g;
/** The left-to-right runs of a logical text that must stay whole on screen. */
function ltrRuns(text: string): string[] {
  const urls = text.match(URL) ?? [];
  return [...urls, ...(text.replace(URL, ' ').match(LATIN) ?? [])];
}

const contacts = [
  'support@videosdk.live',
  'https://acme.io/help/',
  '+1 555-0100',
  'help desk 24/7',
];
const ar = await loadTexts('ar');

describe('Arabic texts in visual order', () => {
  it.each(contacts)('display every left-to-right run whole, with the contact %s', (contact) => {
    const broken: string[] = [];
    for (const { id, field } of allFields(ar)) {
      const shown = formatMessage(
        field.text,
        { supportContact: contact, code: '4242' },
        { dir: 'rtl' },
      );
      const screen = visual(shown);
      for (const run of [
        ...ltrRuns(shown.replace(/[\u2068\u2069]/g, ' ')),
        ...(shown.includes(contact) ? [contact] : []),
      ]) {
        if (!screen.includes(run)) broken.push(`${id} ${field.path}: “${run}” in ${screen}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('catches what the isolation and the marks prevent (the check is not blind)', () => {
    // Without FSI/PDI a phone number breaks apart inside Arabic.
    const bare = 'اتصل بـ +1 555-0100.';
    expect(visual(bare)).not.toContain('+1 555-0100');
    expect(visual(formatMessage('اتصل بـ {c}.', { c: '+1 555-0100' }, { dir: 'rtl' }))).toContain(
      '+1 555-0100',
    );
    // A trailing `://` flips to the wrong side unless a left-to-right mark follows it.
    expect(visual('يبدأ بـ https://.')).not.toContain('https://');
    expect(visual('يبدأ بـ https://\u200e.')).toContain('https://');
  });
});

describe('formatMessage in right-to-left locales', () => {
  it('wraps each value in FSI … PDI, and only in rtl', () => {
    expect(formatMessage('a {x} b', { x: 'v' }, { dir: 'rtl' })).toBe('a \u2068v\u2069 b');
    expect(formatMessage('a {x} b', { x: 'v' })).toBe('a v b');
    expect(formatMessage('a {x} b', { x: 'v' }, { dir: 'ltr' })).toBe('a v b');
  });
});
