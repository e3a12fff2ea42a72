import { catalog } from '@org/error-codes';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { messages as es } from '@org/error-codes-i18n/locales/es';
import { messages as fr } from '@org/error-codes-i18n/locales/fr';
import { messages as hi } from '@org/error-codes-i18n/locales/hi';
import { describe, expect, it } from 'vitest';
import { buildRows, emptyFilters, filterRows, parseFilters, serializeFilters } from './search.js';

const rows = buildRows(catalog, en);

describe('filters in the URL', () => {
  it('round-trip through the query string', () => {
    const filters = {
      q: 'camera busy',
      category: 'media-device',
      source: 'client',
      severity: 'error',
      retryable: 'yes',
    } as const;
    const query = serializeFilters(filters);
    expect(query).toBe(
      '?q=camera+busy&category=media-device&source=client&severity=error&retryable=yes',
    );
    expect(parseFilters(query)).toEqual(filters);
    expect(serializeFilters(emptyFilters)).toBe('');
    expect(serializeFilters({ ...emptyFilters, q: '   ' })).toBe('');
  });

  it('ignore junk without throwing', () => {
    for (const junk of [
      '?category=__proto__&severity=constructor&retryable=maybe&source=',
      '?%E0%A4%A',
      `?q=${'x'.repeat(100_000)}`,
      '?category=AUTH',
      '',
    ]) {
      const filters = parseFilters(junk);
      expect(filters.category).toBe('');
      expect(filters.severity).toBe('');
      expect(filters.retryable).toBe('');
      expect(filters.q.length).toBeLessThanOrEqual(200);
    }
    expect(parseFilters(42 as unknown as string)).toEqual(emptyFilters);
  });
});

describe('search', () => {
  it('matches a code, a name, localized texts and the SDK message', () => {
    expect(filterRows(rows, { ...emptyFilters, q: '4010' }).map((r) => r.code)).toEqual([4010]);
    expect(filterRows(rows, { ...emptyFilters, q: 'invalid_api_key' }).map((r) => r.code)).toEqual([
      4001,
    ]);
    expect(filterRows(rows, { ...emptyFilters, q: 'camera' }).map((r) => r.code)).toContain(3003);
    const apikey = filterRows(rows, { ...emptyFilters, q: "'apikey'" }).map((r) => r.code);
    expect(apikey).toContain(4001);
  });

  it('ignores case and accents, and needs every word', () => {
    const french = buildRows(catalog, fr);
    const title = fr.codes[4001].title;
    const plain = title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase();
    expect(plain).not.toBe(title.toUpperCase());
    const folded = filterRows(french, { ...emptyFilters, q: plain });
    expect(folded.map((r) => r.code)).toContain(4001);
    const spanish = buildRows(catalog, es);
    const camara = filterRows(spanish, { ...emptyFilters, q: 'camara' }).map((r) => r.code);
    expect(camara).toContain(3003);
    expect(filterRows(spanish, { ...emptyFilters, q: 'CÁMARA' }).map((r) => r.code)).toEqual(
      camara,
    );
    expect(filterRows(rows, { ...emptyFilters, q: 'camera zzzz' })).toEqual([]);
  });

  it('finds the same entries as the API for the same query', () => {
    // Both use searchText/searchTerms/matchesSearch: the wire name with spaces, width-folding.
    expect(
      filterRows(rows, { ...emptyFilters, q: 'invalid api key' }).map((r) => r.code),
    ).toContain(4001);
    const wide = filterRows(rows, { ...emptyFilters, q: 'ＴＯＫＥＮ' });
    expect(wide.length).toBeGreaterThan(0);
    expect(wide).toEqual(filterRows(rows, { ...emptyFilters, q: 'token' }));
    const hindi = buildRows(catalog, hi);
    expect(filterRows(hindi, { ...emptyFilters, q: 'कैमरा' }).map((r) => r.code)).toContain(3003);
    expect(filterRows(hindi, { ...emptyFilters, q: 'कमर' })).toEqual([]);
  });

  it('combines filters', () => {
    const auth = filterRows(rows, { ...emptyFilters, category: 'auth', retryable: 'no' });
    expect(auth.length).toBeGreaterThan(0);
    expect(auth.every((r) => r.category === 'auth' && !r.retryable)).toBe(true);
    expect(filterRows(rows, emptyFilters)).toHaveLength(catalog.length);
    const client = filterRows(rows, { ...emptyFilters, source: 'client' });
    expect(client.every((r) => r.code < 4000)).toBe(true);
  });
});
