import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from './data.js';
import { pageIndex } from './pageIndex.js';
import { foldForSearch, pageMatches } from './pageSearch.js';
import { apiKeyPath, siteLocales } from './site.js';

let data: SiteData;
beforeAll(async () => {
  data = await loadSiteData();
}, 60_000);

describe('the guide pages’ search index', () => {
  it('finds API key vs token for "JWT" in every locale, and nothing for junk', () => {
    for (const locale of siteLocales) {
      const { rows, label } = pageIndex(data, locale);
      expect(label).not.toBe('');
      const found = rows.filter(([, , hay]) => pageMatches(hay, 'JWT'));
      expect(found.map(([path]) => path)).toEqual([apiKeyPath(locale)]);
      expect(rows.filter(([, , hay]) => pageMatches(hay, 'zzzz qqqq'))).toEqual([]);
    }
  });

  it('lists each line’s how-errors page, found by its own words', () => {
    const { rows } = pageIndex(data, 'en');
    expect(rows.map(([path]) => path)).toContain('/web/how-errors-reach-your-app/');
    expect(
      rows.filter(([, , hay]) => pageMatches(hay, 'meeting-state-changed FAILED')),
    ).not.toEqual([]);
  });

  it('matches nothing for an empty or junk query, and folds accents and case', () => {
    expect(pageMatches('jwt token', '')).toBe(false);
    expect(pageMatches('jwt token', '   ')).toBe(false);
    expect(pageMatches('jwt token', '__proto__')).toBe(false);
    expect(pageMatches('jwt token', 'x'.repeat(100_000))).toBe(false);
    expect(foldForSearch('Clé `API` « Jeton »')).toBe('cle api jeton');
  });
});
