import { describe, expect, it } from 'vitest';
import { formatBaseline, parseCatalog } from './baseline.js';
import {
  type CatalogLike,
  checkCatalogCompatibility,
  describeBreakingChange,
  diffCatalogs,
} from './catalogGuard.js';
import { fixtureCatalog, fixtureChangesets, fixtureReleasedCatalog } from './fixtures.js';

// The released fixture has two platforms that share numbers and names with different
// pairings: web 9001 FIXTURE_ALPHA / Flutter 9001 FIXTURE_OMEGA, FIXTURE_BETA at 9002
// on both, FIXTURE_GAMMA at web 9003 and Flutter 9005.
const released = fixtureReleasedCatalog();

function guard(fixture: string) {
  return checkCatalogCompatibility({
    released,
    current: fixtureCatalog(fixture),
    changesets: fixtureChangesets(fixture).changesets,
    packageName: '@org/error-codes',
  });
}

function withPlatform(
  catalog: CatalogLike,
  id: string,
  entries: CatalogLike['platforms'][0]['entries'],
) {
  return {
    platforms: catalog.platforms.map((p) => (p.id === id ? { id, entries } : p)),
  };
}

describe('diffCatalogs', () => {
  it('finds a code removed on one platform while the other still has it', () => {
    expect(diffCatalogs(released, fixtureCatalog('code-removed-minor'))).toEqual([
      { kind: 'removed', platform: 'flutter', code: 9002, name: 'FIXTURE_BETA' },
    ]);
  });

  it('finds a code renamed on one platform while the other keeps the old name', () => {
    expect(diffCatalogs(released, fixtureCatalog('code-renamed-patch'))).toEqual([
      {
        kind: 'renamed',
        platform: 'web',
        code: 9002,
        from: 'FIXTURE_BETA',
        to: 'FIXTURE_BETA_RENAMED',
      },
    ]);
  });

  it('finds a code renumbered to the number another platform gives it', () => {
    expect(
      diffCatalogs(released, fixtureCatalog('code-renumbered-major-elsewhere')).map(
        describeBreakingChange,
      ),
    ).toEqual(['flutter FIXTURE_GAMMA was renumbered from 9005 to 9003']);
  });

  it('treats two codes swapping names as two renumberings, on their platform only', () => {
    const swapped = withPlatform(released, 'web', [
      { code: 9001, name: 'FIXTURE_BETA' },
      { code: 9002, name: 'FIXTURE_ALPHA' },
      { code: 9003, name: 'FIXTURE_GAMMA' },
    ]);
    expect(diffCatalogs(released, swapped).map(describeBreakingChange)).toEqual([
      'web FIXTURE_ALPHA was renumbered from 9001 to 9002',
      'web FIXTURE_BETA was renumbered from 9002 to 9001',
    ]);
  });

  it('never matches a code against another platform’s table', () => {
    // Flutter 9001 takes web's name for 9001: still a rename on Flutter.
    const borrowed = withPlatform(released, 'flutter', [
      { code: 9001, name: 'FIXTURE_ALPHA' },
      { code: 9002, name: 'FIXTURE_BETA' },
      { code: 9005, name: 'FIXTURE_GAMMA' },
    ]);
    expect(diffCatalogs(released, borrowed).map(describeBreakingChange)).toEqual([
      'flutter 9001 was renamed from FIXTURE_OMEGA to FIXTURE_ALPHA',
    ]);
  });

  it('does not count added codes, an added platform, a reordered list or edited messages', () => {
    expect(diffCatalogs(released, fixtureCatalog('code-added-minor'))).toEqual([]);
    const more = {
      platforms: [
        { id: 'ios', entries: [{ code: 9001, name: 'FIXTURE_IOS' }] },
        ...[...released.platforms].reverse(),
      ],
    };
    expect(diffCatalogs(released, more)).toEqual([]);
  });

  it('reports every code of a platform that is gone, and of an emptied catalog', () => {
    const webOnly = { platforms: released.platforms.filter((p) => p.id === 'web') };
    expect(diffCatalogs(released, webOnly).map(describeBreakingChange)).toEqual([
      'flutter 9001 FIXTURE_OMEGA was removed',
      'flutter 9002 FIXTURE_BETA was removed',
      'flutter 9005 FIXTURE_GAMMA was removed',
    ]);
    expect(diffCatalogs(released, { platforms: [] })).toHaveLength(6);
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
    const result = guard('code-renumbered-major-elsewhere');
    expect(result).toMatchObject({ ok: false, majorChangesets: [] });
    expect(fixtureChangesets('code-renumbered-major-elsewhere').changesets[0]?.releases).toEqual(
      expect.arrayContaining([{ name: '@org/error-codes-i18n', type: 'major' }]),
    );
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
  it('reads each platform’s codes and names, and nothing else', () => {
    expect(released.platforms.map((p) => [p.id, p.entries.map((e) => e.code)])).toEqual([
      ['web', [9001, 9002, 9003]],
      ['flutter', [9001, 9002, 9005]],
    ]);
    expect(released.platforms[0]?.entries[0]).toEqual({ code: 9001, name: 'FIXTURE_ALPHA' });
  });

  it('reads back the baseline it formats', () => {
    const text = formatBaseline({ version: '1.4.0', ...released }, 'A "quoted" comment.');
    expect(JSON.parse(text)).toMatchObject({ $comment: 'A "quoted" comment.', version: '1.4.0' });
    expect(parseCatalog(text, 'baseline.json')).toEqual(released);
    expect(text).toContain('\n        { "code": 9001, "name": "FIXTURE_ALPHA" },\n');
  });

  it('names the one-platform format the catalog had before', () => {
    expect(() => parseCatalog('{"entries": []}', 'old.json')).toThrow(
      /old\.json: no "platforms" array \(top-level "entries"/,
    );
  });

  it.each([
    ['not JSON', '{'],
    ['an empty file', ''],
    ['a list', '[]'],
    ['null', 'null'],
    ['no platforms', '{"codes": []}'],
    ['platforms not a list', '{"platforms": {"__proto__": {}}}'],
    ['a platform without an id', '{"platforms": [{"entries": []}]}'],
    ['a platform whose id is not a string', '{"platforms": [{"id": 1, "entries": []}]}'],
    [
      'a platform twice',
      '{"platforms": [{"id": "web", "entries": []}, {"id": "web", "entries": []}]}',
    ],
    ['a platform without entries', '{"platforms": [{"id": "web"}]}'],
    [
      'a code that is a string',
      '{"platforms": [{"id": "web", "entries": [{"code": "9001", "name": "X"}]}]}',
    ],
    [
      'a code that is not an integer',
      '{"platforms": [{"id": "web", "entries": [{"code": 90.5, "name": "X"}]}]}',
    ],
    ['a null entry', '{"platforms": [{"id": "web", "entries": [null]}]}'],
    [
      'a code twice on one platform',
      '{"platforms": [{"id": "web", "entries": [{"code": 1, "name": "A"}, {"code": 1, "name": "B"}]}]}',
    ],
    [
      'a name twice on one platform',
      '{"platforms": [{"id": "web", "entries": [{"code": 1, "name": "A"}, {"code": 2, "name": "A"}]}]}',
    ],
  ])('rejects %s with an error naming the file', (_label, text) => {
    expect(() => parseCatalog(text, 'broken.json')).toThrow(/^broken\.json: /);
  });

  it('accepts one code on two platforms, and cuts a huge junk id in its message', () => {
    expect(
      parseCatalog(
        '{"platforms": [{"id": "web", "entries": [{"code": 1, "name": "A"}]}, {"id": "flutter", "entries": [{"code": 1, "name": "A"}]}]}',
        'ok.json',
      ).platforms,
    ).toHaveLength(2);
    const id = 'x'.repeat(100_000);
    const text = JSON.stringify({
      platforms: [
        { id, entries: [] },
        { id, entries: [] },
      ],
    });
    expect(() => parseCatalog(text, 'huge.json')).toThrow(/^huge\.json: .{0,120}$/);
  });
});
