import { describe, expect, it } from 'vitest';
import { parseCatalog } from './baseline.js';
import { checkCatalogCompatibility, describeBreakingChange, diffCatalogs } from './catalogGuard.js';
import { fixtureCatalog, fixtureChangesets, fixtureReleasedCatalog } from './fixtures.js';

const released = fixtureReleasedCatalog();

function guard(fixture: string) {
  return checkCatalogCompatibility({
    released,
    current: fixtureCatalog(fixture),
    changesets: fixtureChangesets(fixture).changesets,
    packageName: '@org/error-codes',
  });
}

describe('diffCatalogs', () => {
  it('finds a removed code', () => {
    expect(diffCatalogs(released, fixtureCatalog('code-removed-minor'))).toEqual([
      { kind: 'removed', code: 9002, name: 'FIXTURE_BETA' },
    ]);
  });

  it('finds a renamed code', () => {
    expect(diffCatalogs(released, fixtureCatalog('code-renamed-patch'))).toEqual([
      { kind: 'renamed', code: 9002, from: 'FIXTURE_BETA', to: 'FIXTURE_BETA_RENAMED' },
    ]);
  });

  it('finds a renumbered code', () => {
    expect(diffCatalogs(released, fixtureCatalog('code-renumbered-major-elsewhere'))).toEqual([
      { kind: 'renumbered', name: 'FIXTURE_BETA', from: 9002, to: 9012 },
    ]);
  });

  it('treats two codes swapping names as two renumberings', () => {
    const swapped = {
      entries: [
        { code: 9001, name: 'FIXTURE_BETA' },
        { code: 9002, name: 'FIXTURE_ALPHA' },
        { code: 9003, name: 'FIXTURE_GAMMA' },
      ],
    };
    expect(diffCatalogs(released, swapped).map(describeBreakingChange)).toEqual([
      'FIXTURE_ALPHA was renumbered from 9001 to 9002',
      'FIXTURE_BETA was renumbered from 9002 to 9001',
    ]);
  });

  it('does not count added codes or edited messages', () => {
    expect(diffCatalogs(released, fixtureCatalog('code-added-minor'))).toEqual([]);
  });

  it('reports every released code when the catalog is emptied', () => {
    expect(diffCatalogs(released, { entries: [] })).toHaveLength(3);
  });
});

describe('checkCatalogCompatibility fails on the broken fixtures', () => {
  it('a removed code with only a minor changeset', () => {
    const result = guard('code-removed-minor');
    expect(result.ok).toBe(false);
    expect(result.majorChangesets).toEqual([]);
  });

  it('a renamed code with only a patch changeset', () => {
    expect(guard('code-renamed-patch').ok).toBe(false);
  });

  it('a renumbered code whose major changeset names another package', () => {
    expect(guard('code-renumbered-major-elsewhere').ok).toBe(false);
  });
});

describe('checkCatalogCompatibility passes', () => {
  it('a removed code with a major changeset for the catalog package', () => {
    const result = guard('code-removed-major');
    expect(result).toMatchObject({ ok: true, majorChangesets: ['drop-beta'] });
    expect(result.breaking).toHaveLength(1);
  });

  it('an added code with a minor changeset', () => {
    expect(guard('code-added-minor')).toEqual({ breaking: [], majorChangesets: [], ok: true });
  });
});

describe('parseCatalog', () => {
  it.each([
    ['not JSON', '{'],
    ['no entries', '{"codes": []}'],
    ['entries not a list', '{"entries": {"__proto__": {}}}'],
    ['a code that is a string', '{"entries": [{"code": "9001", "name": "X"}]}'],
    ['a null entry', '{"entries": [null]}'],
  ])('rejects %s with an error naming the file', (_label, text) => {
    expect(() => parseCatalog(text, 'broken.json')).toThrow();
    if (text !== '{') expect(() => parseCatalog(text, 'broken.json')).toThrow(/broken\.json/);
  });
});
