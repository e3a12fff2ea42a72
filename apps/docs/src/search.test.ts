import { catalog } from '@org/error-codes';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { messages as fr } from '@org/error-codes-i18n/locales/fr';
import { describe, expect, it } from 'vitest';
import {
  buildRows,
  emptyFilters,
  filterRows,
  fold,
  parseFilters,
  serializeFilters,
} from './search.js';

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
    const folded = filterRows(french, { ...emptyFilters, q: fold(title).toUpperCase() });
    expect(folded.map((r) => r.code)).toContain(4001);
    expect(fold('Cámara Ñ')).toBe('camara n');
    expect(filterRows(rows, { ...emptyFilters, q: 'camera zzzz' })).toEqual([]);
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
