import * as ios from '@org/error-codes/ios';
import * as web from '@org/error-codes/web';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages as iosDe } from '../locales/ios/de.js';
import { messages as iosEn } from '../locales/ios/en.js';
import { messages as webDe } from '../locales/web/de.js';
import { messages as webEn } from '../locales/web/en.js';
import { messages as webJa } from '../locales/web/ja.js';
import { type LocalizedEntry, localizeEntry } from '../localizeEntry.js';
import { queryCatalog, searchableRows, searchCatalog } from '../query.js';
import { matchesSearch, searchTerms, searchText } from '../search.js';
import { termGroups } from './rank.js';
import { rowIndex } from './rowIndex.js';
import { editDistance, suggestQuery } from './suggest.js';
import { supportQueries } from './supportQueries.js';

const webRows = {
  en: searchableRows(web.catalog.map((e) => localizeEntry(e, webEn))),
  de: searchableRows(web.catalog.map((e) => localizeEntry(e, webDe))),
  ja: searchableRows(web.catalog.map((e) => localizeEntry(e, webJa))),
};
const iosRows = {
  en: searchableRows(ios.catalog.map((e) => localizeEntry(e, iosEn))),
  de: searchableRows(ios.catalog.map((e) => localizeEntry(e, iosDe))),
};
const codes = (rows: readonly { readonly entry: LocalizedEntry }[]) =>
  rows.map((r) => Number(r.entry.code));
const top = (locale: keyof typeof webRows, q: string, n = 3) =>
  codes(queryCatalog(webRows[locale], { q })).slice(0, n);

describe('support questions (issue 21): the right code in the top 3', () => {
  for (const { en, de, codes: answers } of supportQueries) {
    it(`web, en “${en}” and de “${de}” → ${answers.join(' or ')}`, () => {
      expect(
        top('en', en).some((c) => answers.includes(c)),
        `${top('en', en)}`,
      ).toBe(true);
      expect(
        top('de', de).some((c) => answers.includes(c)),
        `${top('de', de)}`,
      ).toBe(true);
    });
  }

  it('on an app line (iOS) too, by the same meanings', () => {
    const meaningOf = new Map<number, string>(
      web.catalog.map((e) => [e.code as number, e.meaning]),
    );
    let asked = 0;
    for (const { en, de, codes: answers } of supportQueries) {
      const meanings = new Set<string | undefined>(answers.map((c) => meaningOf.get(c)));
      const onIos = ios.catalog.filter((e) => meanings.has(e.meaning)).map((e) => e.code as number);
      if (onIos.length === 0) continue;
      asked++;
      for (const [locale, q] of [
        ['en', en],
        ['de', de],
      ] as const) {
        const found = codes(queryCatalog(iosRows[locale], { q })).slice(0, 3);
        expect(
          found.some((c) => onIos.includes(c)),
          `ios ${locale} “${q}”: ${found}`,
        ).toBe(true);
      }
    }
    // Most questions have their meaning on iOS: the check is not vacuous.
    expect(asked).toBeGreaterThanOrEqual(7);
  });
});

describe('every line at once (the docs index searches them together)', () => {
  it('puts each line’s answer first, not a row that only shares a word', async () => {
    const { platformIds, platformTables } = await import('@org/error-codes');
    const { loadMessages } = await import('../loadMessages.js');
    const rows = [];
    for (const platform of platformIds) {
      const messages = await loadMessages(platform, 'en');
      const table = platformTables[platform] as readonly Parameters<typeof localizeEntry>[0][];
      rows.push(...searchableRows(table.map((e) => localizeEntry(e, messages))));
    }
    const found = queryCatalog(rows, { q: 'too many participants' }).slice(0, platformIds.length);
    expect(found.map((r) => r.entry.meaning)).toEqual(
      platformIds.map(() => 'max-participant-reached'),
    );
  });
});

describe('relevance order', () => {
  it('puts the code or the wire name typed in full first', () => {
    expect(top('en', '4009', 1)).toEqual([4009]);
    expect(top('en', 'MAX_PARTCIPANT_REACHED', 1)).toEqual([4009]);
    expect(top('de', 'invalid_api_key', 1)).toEqual([4001]);
  });

  it('ranks a word in the title above the same word in a description or a cause', () => {
    const found = codes(queryCatalog(webRows.en, { q: 'camera' }));
    const byTitle = new Set(
      web.catalog
        .filter((e) => localizeEntry(e, webEn).title.toLowerCase().includes('camera'))
        .map((e) => e.code as number),
    );
    const firstOther = found.findIndex((c) => !byTitle.has(c));
    const lastTitled = found.reduce((at, c, i) => (byTitle.has(c) ? i : at), -1);
    expect(firstOther).toBeGreaterThan(lastTitled);
  });

  it('keeps the rows’ order without words, and for ties', () => {
    expect(codes(queryCatalog(webRows.en, {}))).toEqual(codes(webRows.en));
    const sameOrder = codes(queryCatalog(webRows.en, { category: 'pubsub' }));
    expect(sameOrder).toEqual([4087, 4088, 4089]);
  });

  it('keeps every filter: a word never brings back a filtered-out row', () => {
    const found = queryCatalog(webRows.en, { q: 'camera blocked', category: 'media-device' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.entry.category === 'media-device')).toBe(true);
    expect(queryCatalog(webRows.en, { q: 'camera', platform: 'ios' })).toEqual([]);
  });
});

describe('partial words, accents, scripts', () => {
  it('finds a word by its start or a part of it, and across a space', () => {
    expect(
      top('en', 'partic', 5).every((c) => [4004, 4023, 4035, 4036, 4066, 4077].includes(c)),
    ).toBe(true);
    const screen = top('en', 'screenshar', 4);
    expect(screen).toEqual(expect.arrayContaining([3013, 3016, 3061]));
    expect(top('de', 'bildschirmfrei', 3).length).toBe(3);
  });

  it('ignores accents and case, both ways', () => {
    expect(top('de', 'KAMERAZUGRIFF VERWEIGERT', 1)).toEqual([3017]);
    expect(top('de', 'ungultiges token', 1)).toEqual(top('de', 'Ungültiges Token', 1));
  });

  it('finds Japanese by any part of a title (no spaces to split on)', () => {
    const title = localizeEntry(
      web.catalog.find((e) => e.code === 3023) as (typeof web.catalog)[number],
      webJa,
    ).title;
    const part = [...title].slice(1, 6).join('');
    expect(top('ja', part, 5)).toContain(3023);
  });

  it('finds the other forms of a word, and what a locale calls it', () => {
    expect(top('en', 'participants limit', 3)).toContain(4009);
    expect(top('de', 'Teilnehmerin', 5).length).toBeGreaterThan(0);
    expect(top('en', 'jwt', 1)).toEqual([4002]);
    expect(top('de', 'jwt', 1)).toEqual([4002]);
    // German synonyms are German: "voll" means nothing special in English.
    expect(termGroups(['zu', 'viele'], 'en').map((g) => g.term)).toEqual(['zu', 'viele']);
    expect(termGroups(['zu', 'viele'], 'de').map((g) => g.term)).toEqual(['zu viele']);
  });
});

describe('suggestions', () => {
  it('offers the nearest words of the titles when a word is found nowhere', () => {
    const result = searchCatalog(webRows.en, { q: 'microphnoe' });
    expect(result.rows).toEqual([]);
    expect(result.suggestion).toBe('microphone');
    expect(searchCatalog(webRows.en, { q: result.suggestion }).rows.length).toBeGreaterThan(0);
    expect(searchCatalog(webRows.de, { q: 'kamra blokiert' }).suggestion).toBe('kamera blockiert');
  });

  it('gives rows for the words it knows, marked partial, with a suggestion for the rest', () => {
    const result = searchCatalog(webRows.en, { q: 'camera blokced' });
    expect(result.partial).toBe(true);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.suggestion).toBe('camera blocked');
  });

  it('offers nothing when every word is found, or nothing is near', () => {
    expect(searchCatalog(webRows.en, { q: 'camera' }).suggestion).toBeUndefined();
    expect(searchCatalog(webRows.en, { q: 'qqqqqqqqqq' })).toEqual({ rows: [], partial: false });
    expect(suggestQuery(webRows.en, '')).toBeUndefined();
  });

  it('measures edits with swaps, and stops early', () => {
    expect(editDistance('micorphone', 'microphone', 3)).toBe(1);
    expect(editDistance('kamra', 'kamera', 1)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('index', () => {
  it('is built once per rows array, and again when a haystack changes', () => {
    const rows = searchableRows(web.catalog.slice(0, 5).map((e) => localizeEntry(e, webEn)));
    expect(rowIndex(rows)).toBe(rowIndex(rows));
    const before = rowIndex(rows);
    const mutable = rows as { haystack: string }[];
    (mutable[0] as { haystack: string }).haystack = searchText({ code: 1, title: 'zebra' });
    expect(rowIndex(rows)).not.toBe(before);
    expect(codes(queryCatalog(rows, { q: 'zebra' }))).toEqual(codes(rows.slice(0, 1)));
  });
});

describe('bounds and junk', () => {
  it('never throws, whatever rows, query or options it is given', () => {
    const junk = [undefined, null, 42, 'q', {}, [], [null], [{}], [{ haystack: 5 }], Symbol('x')];
    for (const a of junk) {
      for (const b of [...junk, { q: '__proto__' }, { q: 'x'.repeat(100_000) }]) {
        expect(() => searchCatalog(a as never, b as never, a as never)).not.toThrow();
      }
    }
    expect(queryCatalog(webRows.en, { q: '__proto__ constructor' })).toEqual([]);
    expect(searchCatalog(webRows.en, { q: 'toString' }).rows).toEqual([]);
  });

  it('finds every row that holds every word as typed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: webRows.en.length - 1 }), fc.nat(), (at, pick) => {
        const row = webRows.en[at] as (typeof webRows.en)[number];
        const words = row.haystack.split(/\s+/).filter((w) => w !== '');
        const q = [0, 1]
          .map((k) => words[(pick + k * 7) % words.length] as string)
          .map((w) => w.slice(0, 1 + ((pick >> 3) % w.length)))
          .join(' ');
        if (!matchesSearch(row.haystack, searchTerms(q))) return;
        expect(queryCatalog(webRows.en, { q })).toContain(row);
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
