import * as flutter from '@org/error-codes/flutter-1';
import * as web from '@org/error-codes/web';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages as flutterEn } from './locales/flutter-1/en.js';
import { messages as webEn } from './locales/web/en.js';
import { localizeEntry } from './localizeEntry.js';
import { parseQuery, queryCatalog, queryLimits, searchableRows, serializeQuery } from './query.js';

const rows = searchableRows([
  ...web.catalog.map((e) => localizeEntry(e, webEn)),
  ...flutter.catalog.map((e) => localizeEntry(e, flutterEn)),
]);

describe('parseQuery and serializeQuery', () => {
  it('round-trips every filter in a stable order', () => {
    const q =
      '?platform=web&category=media-device&source=client&severity=error&feature=recording&retryable=false&q=camera+denied';
    const { query, problems } = parseQuery(q);
    expect(problems).toEqual([]);
    expect(query).toEqual({
      platform: 'web',
      category: 'media-device',
      source: 'client',
      severity: 'error',
      feature: 'recording',
      retryable: false,
      q: 'camera denied',
    });
    expect(serializeQuery(query)).toBe(q);
    expect(serializeQuery({})).toBe('');
  });

  it('reads URLSearchParams and a parsed querystring record alike', () => {
    expect(parseQuery(new URLSearchParams('platform=flutter-1')).query).toEqual({
      platform: 'flutter-1',
    });
    expect(parseQuery({ platform: 'flutter-1', retryable: 'true', q: ['a', 'b'] }).query).toEqual({
      platform: 'flutter-1',
      retryable: true,
      q: 'a',
    });
  });

  it('names every bad value and keeps the good ones', () => {
    const { query, problems } = parseQuery(
      '?platform=flutter&category=__proto__&retryable=yes&q=ok',
    );
    expect(query).toEqual({ q: 'ok' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /platform must be one of: web, react-native, ios, flutter-1, flutter-3/,
    );
    expect(parseQuery({ q: 'x'.repeat(queryLimits.maxQueryLength + 1) }).problems).toHaveLength(1);
  });

  it.each([null, undefined, 42, Symbol('x'), [], JSON.parse('{"__proto__": {"platform": "web"}}')])(
    'reads %s as an empty query without throwing',
    (junk) => {
      expect(parseQuery(junk).query).toEqual({});
    },
  );

  it('keeps q trimmed at both ends, inner spaces kept, so the round trip is the identity', () => {
    expect(parseQuery({ q: '  camera   denied \t' }).query).toEqual({ q: 'camera   denied' });
    expect(parseQuery('?q=%20%20').query).toEqual({});
    expect(serializeQuery({ q: ' camera ' })).toBe('?q=camera');
    expect(parseQuery({ q: 'a\uD800b' }).query).toEqual({ q: 'a\uFFFDb' });
    // The longest q, percent-encoded at 9 characters a unit, still reads back whole.
    const longest = { q: '\u4e2d'.repeat(queryLimits.maxQueryLength) };
    expect(parseQuery(serializeQuery(longest)).query).toEqual(longest);
  });

  // Every counterexample fast-check ever found stays here, whatever the seed.
  it.each([{ q: '! ' }, { q: ' !' }, { q: '\u00a0x\u2028' }, { q: '\uDC00' }])(
    'round-trips the counterexample %j',
    (input) => {
      const { query } = parseQuery(input);
      expect(parseQuery(serializeQuery(query)).query).toEqual(query);
    },
  );

  it('never throws, and its query round-trips (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.dictionary(fc.string(), fc.string()),
          fc.record({ q: fc.string({ unit: 'grapheme', maxLength: 300 }) }),
        ),
        (input) => {
          const { query } = parseQuery(input);
          expect(parseQuery(serializeQuery(query)).query).toEqual(query);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('queryCatalog', () => {
  it('filters by platform and the vocabularies, and searches the localized texts', () => {
    const found = queryCatalog(rows, { platform: 'web', category: 'pubsub' });
    expect(found.map((r) => r.entry.code)).toEqual([4087, 4088, 4089]);
    expect(
      queryCatalog(rows, { q: 'MAX_PARTICIPANT_REACHED' }).map((r) => r.entry.platform),
    ).toEqual(['web', 'flutter-1']);
    expect(
      queryCatalog(rows, { platform: 'flutter-1', retryable: true }).every(
        (r) => r.entry.retryable,
      ),
    ).toBe(true);
    expect(queryCatalog(rows, {})).toHaveLength(rows.length);
  });
});
