import { catalog } from '@org/error-codes/flutter-1';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundle } from '../test/bundle.js';
import {
  type Locale,
  loadMessages,
  locales,
  localizeEntry,
  matchesSearch,
  type PlatformMessages,
  pseudoLocale,
  searchTerms,
  searchText,
} from './index.js';
import { MAX_SEARCH_QUERY_LENGTH, MAX_SEARCH_TERMS } from './search.js';

const all = [...locales, pseudoLocale];
const bundles = new Map<Locale, PlatformMessages<'flutter-1'>>();
for (const locale of all) bundles.set(locale, await loadMessages('flutter-1', locale));
const localized = (locale: Locale, e: (typeof catalog)[number]) =>
  localizeEntry(e, bundles.get(locale) as PlatformMessages<'flutter-1'>);

/** The haystacks of one locale, as an app builds them once. */
function index(locale: Locale): { code: number; hay: string }[] {
  return catalog.map((e) => ({ code: e.code, hay: searchText(localized(locale, e)) }));
}
const haystacks = new Map(all.map((l) => [l, index(l)]));

/** The codes a query finds in a locale, in catalog order. */
function find(locale: Locale, query: string): number[] {
  const terms = searchTerms(query);
  return (haystacks.get(locale) ?? [])
    .filter((r) => matchesSearch(r.hay, terms))
    .map((r) => r.code);
}

describe('searchText + searchTerms + matchesSearch', () => {
  it('finds a code, a wire name (with or without underscores) and the SDK message', () => {
    expect(find('en', '4010')).toEqual([4010]);
    expect(find('en', 'invalid_api_key')).toEqual([4001]);
    expect(find('en', 'INVALID_API')).toContain(4001);
    expect(find('en', 'invalid api key')).toContain(4001);
    // The SDK message is English whatever the locale.
    const sdkWords = catalog
      .find((e) => e.code === 4001)
      ?.message.split(' ')
      .slice(0, 3)
      .join(' ');
    expect(find('ja', sdkWords ?? '')).toContain(4001);
  });

  it('ignores case, accents and character width', () => {
    expect(find('en', 'CAMERA')).toEqual(find('en', 'camera'));
    // Decomposed input (as some keyboards and macOS file names produce) is the same word.
    expect(searchTerms('Ca\u0301mara')).toEqual(searchTerms('Cámara'));
    expect(searchTerms('CÁMARA')).toEqual(searchTerms('camara'));
    expect(searchTerms('ＴＯＫＥＮ')).toEqual(['token']);
    expect(searchTerms('SCHLIEßEN')).toEqual(searchTerms('schliessen'));
  });

  it('finds every entry by its own title, in every locale, typed plainly', () => {
    for (const locale of all) {
      for (const e of catalog) {
        const title = localized(locale, e).title;
        // What a user without an accent key types: base letters, capitals.
        const plain = title
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toUpperCase();
        expect(find(locale, plain), `${locale} ${e.code}`).toContain(e.code);
      }
    }
  });

  it('needs every word', () => {
    expect(find('en', 'camera zzzz')).toEqual([]);
    expect(find('en', 'token meetingid').length).toBeLessThan(find('en', 'token').length);
    expect(find('en', '').length).toBe(catalog.length);
    expect(find('en', '   \n\t ').length).toBe(catalog.length);
  });

  it('handles Japanese and Chinese, voicing marks included', () => {
    // Half-width katakana is the same word; が is not か: the voicing mark stays.
    expect(searchTerms('ｶﾒﾗ')).toEqual(searchTerms('カメラ'));
    expect(searchTerms('が')).not.toEqual(searchTerms('か'));
    expect(searchTerms('\u304b\u3099')).toEqual(searchTerms('が'));
  });

  it('keeps Devanagari vowel signs, so different words stay different', () => {
    expect(searchTerms('काम')).toEqual(['काम']);
    expect(searchTerms('कम')).not.toEqual(searchTerms('काम'));
    expect(matchesSearch(searchText({ ...stub, title: 'काम' }), searchTerms('कम'))).toBe(false);
    // A precomposed nukta letter and its decomposed spelling are the same word.
    expect(searchTerms('\u095b')).toEqual(searchTerms('\u091c\u093c'));
  });

  it('handles Arabic typed with or without its optional marks', () => {
    expect(searchTerms('يُرجى')).toEqual(searchTerms('يرجى'));
    expect(searchTerms('آخر')).toEqual(searchTerms('اخر'));
  });

  it('finds a meaning by an alias and by its meaning id', () => {
    expect(find('en', 'MAX_PARTCIPANT_REACHED')).toEqual([4009]);
    expect(find('en', 'camera in use')).toContain(3003);
  });
});

const stub = {
  code: 1,
  name: 'SOME_NAME',
  message: 'msg',
  title: 't',
  description: 'd',
  userMessage: 'u',
};

describe('bounds and junk', () => {
  it('keeps at most 8 terms from a capped query', () => {
    expect(searchTerms('a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(MAX_SEARCH_TERMS).toBe(8);
    const words = searchTerms('ab '.repeat(3414));
    expect(words).toHaveLength(MAX_SEARCH_TERMS);
    const long = searchTerms('x'.repeat(10_240));
    expect(long).toEqual(['x'.repeat(MAX_SEARCH_QUERY_LENGTH)]);
    // A character NFKD expands 18-fold stays bounded.
    const expanding = searchTerms('\ufdfa'.repeat(10_240)).join('');
    expect(expanding.length).toBeLessThanOrEqual(MAX_SEARCH_QUERY_LENGTH * 18);
    // The cut never leaves half an emoji behind.
    const emoji = searchTerms('😀'.repeat(10_240))[0] ?? '';
    expect(emoji.length).toBeGreaterThan(0);
    expect(emoji).toMatch(/^(?:😀)+$/u);
  });

  it('treats __proto__ and friends as plain words', () => {
    expect(searchTerms('__proto__')).toEqual(['__proto__']);
    expect(find('en', '__proto__')).toEqual([]);
    expect(find('en', 'constructor toString')).toEqual([]);
    const tricky = JSON.parse(
      '{"__proto__": {"name": "INVALID_API_KEY"}, "code": 4001, "title": "t"}',
    );
    expect(searchText(tricky)).toBe('4001\n\n\n\nt\n\n\n\n');
    expect(matchesSearch('a', searchTerms('__proto__'))).toBe(false);
  });

  it('never throws on junk', () => {
    for (const junk of [undefined, null, 42, {}, [], Symbol('q'), () => 1, Number.NaN, '\u0000']) {
      expect(() => searchTerms(junk)).not.toThrow();
      expect(() => searchText(junk as never)).not.toThrow();
      expect(() => matchesSearch(junk as never, junk as never)).not.toThrow();
    }
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms(42)).toEqual([]);
    expect(searchTerms('\u0000')).toEqual(['\u0000']);
    expect(searchText(null as never)).toBe('\n\n\n\n\n\n\n\n');
    expect(searchText({ code: {}, name: 42, message: Symbol('m'), title: 't' } as never)).toBe(
      '\n42\n\n\nt\n\n\n\n',
    );
    expect(matchesSearch('abc', [Symbol('x')] as never)).toBe(false);
    expect(matchesSearch('abc', [42] as never)).toBe(false);
    expect(matchesSearch(undefined as never, ['a'])).toBe(false);
    expect(matchesSearch('abc', undefined as never)).toBe(true);
  });

  it('never throws, and bounds its terms, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        const terms = searchTerms(a);
        expect(terms.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
        const hay = searchText(b as never);
        expect(typeof searchText(c as never)).toBe('string');
        expect(typeof hay).toBe('string');
        expect(typeof matchesSearch(hay, terms)).toBe('boolean');
        expect(typeof matchesSearch(a as never, b as never)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('finds any text by its own words (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 120 }),
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        (a, b) => {
          for (const text of [a, b]) {
            const terms = searchTerms(text);
            for (const term of terms) expect(term).toMatch(/^\S+$/u);
            expect(matchesSearch(searchText({ ...stub, description: text }), terms)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});

describe('bundling', () => {
  const bundled = async (contents: string) => [...(await bundle(contents)).values()].join('\n');

  it('leaves the search out of an app that only loads and shows messages', async () => {
    const without = await bundled(
      "import { loadMessages, localizeEntry } from '@org/error-codes-i18n'; loadMessages('web', 'de').then((m) => console.log(localizeEntry(undefined, m)));",
    );
    expect(without).not.toContain('NFKD');
    const withSearch = await bundled(
      "import { searchTerms } from '@org/error-codes-i18n'; console.log(searchTerms('x'));",
    );
    expect(withSearch).toContain('NFKD');
  });
});
