import { describe, expect, it } from 'vitest';
import {
  affectsRelease,
  changelogHasVersion,
  findMissingChangesets,
  findUnknownReleases,
} from './changesetGuard.js';
import { parseChangesets } from './changesets.js';
import { FIXTURE_PACKAGES, fixtureChangedFiles, fixtureChangesets } from './fixtures.js';

describe('findMissingChangesets', () => {
  it('fails when a published package changed and no changeset names it', () => {
    const fixture = 'i18n-changed-no-changeset';
    expect(
      findMissingChangesets({
        changedFiles: fixtureChangedFiles(fixture),
        changesets: fixtureChangesets(fixture).changesets,
        packages: FIXTURE_PACKAGES,
      }),
    ).toEqual([{ name: '@org/error-codes-i18n', files: ['packages/i18n/src/locales/de.ts'] }]);
  });

  it('passes once the package is named, whatever the bump', () => {
    const { changesets } = parseChangesets({
      'de.md': '---\n"@org/error-codes-i18n": none\n---\n\nReword a German title.\n',
    });
    expect(
      findMissingChangesets({
        changedFiles: fixtureChangedFiles('i18n-changed-no-changeset'),
        changesets: [...fixtureChangesets('i18n-changed-no-changeset').changesets, ...changesets],
        packages: FIXTURE_PACKAGES,
      }),
    ).toEqual([]);
  });

  it('passes when only tests, fixtures, benches, private packages and apps changed', () => {
    expect(
      findMissingChangesets({
        changedFiles: fixtureChangedFiles('only-tests-changed'),
        changesets: [],
        packages: FIXTURE_PACKAGES,
      }),
    ).toEqual([]);
  });

  it('counts a package whose version already moved (its changesets became its changelog)', () => {
    const input = {
      changedFiles: [
        'packages/logger/package.json',
        'packages/logger/CHANGELOG.md',
        'packages/logger/src/pino.ts',
      ],
      changesets: [],
      packages: FIXTURE_PACKAGES,
    };
    expect(findMissingChangesets(input).map((m) => m.name)).toEqual(['@org/error-codes-logger']);
    expect(
      findMissingChangesets({ ...input, versionedPackages: ['@org/error-codes-logger'] }),
    ).toEqual([]);
  });

  it('asks a changeset for the CLI, a published package like the libraries', () => {
    const input = {
      changedFiles: ['packages/cli/src/run.ts', 'packages/cli/src/cli.test.ts'],
      changesets: [],
      packages: FIXTURE_PACKAGES,
    };
    expect(findMissingChangesets(input)).toEqual([
      { name: '@org/error-codes-cli', files: ['packages/cli/src/run.ts'] },
    ]);
    const { changesets } = parseChangesets({
      'cli.md': '---\n"@org/error-codes-cli": minor\n---\n\nExplain codes by words.\n',
    });
    expect(findMissingChangesets({ ...input, changesets })).toEqual([]);
    expect(findUnknownReleases(changesets, FIXTURE_PACKAGES)).toEqual([]);
  });

  it('does not mistake a folder sharing a prefix for the package', () => {
    expect(
      findMissingChangesets({
        changedFiles: ['packages/i18n-extra/src/index.ts'],
        changesets: [],
        packages: FIXTURE_PACKAGES,
      }),
    ).toEqual([]);
  });
});

describe('affectsRelease', () => {
  it.each([
    ['src/index.ts', true],
    ['package.json', true],
    ['README.md', true],
    ['tsup.config.ts', true],
    ['src/locales/de.ts', true],
    ['src/index.test.ts', false],
    ['src/Provider.test.tsx', false],
    ['src/types.test-d.ts', false],
    ['src/__fixtures__/a.json', false],
    ['bench/bench.ts', false],
    ['vitest.config.ts', false],
    ['CHANGELOG.md', false],
  ])('%s → %s', (path, expected) => {
    expect(affectsRelease(path)).toBe(expected);
  });
});

describe('changeset files', () => {
  it('rejects the shape Biome once gave a changeset, and names an unknown package', () => {
    const { changesets, invalid } = fixtureChangesets('broken-changeset');
    expect(invalid).toEqual([
      { file: 'core-catalog.md', error: expect.stringMatching(/invalid frontmatter/) },
    ]);
    expect(findUnknownReleases(changesets, FIXTURE_PACKAGES)).toEqual([
      { changeset: 'typo', name: '@org/error-code' },
    ]);
  });

  it('fails the guard when the only changeset naming a changed package is unreadable', () => {
    const fixture = 'broken-changeset';
    expect(
      findMissingChangesets({
        changedFiles: fixtureChangedFiles(fixture),
        changesets: fixtureChangesets(fixture).changesets,
        packages: FIXTURE_PACKAGES,
      }).map((m) => m.name),
    ).toEqual(['@org/error-codes']);
  });

  it.each([
    ['empty', ''],
    ['no frontmatter', 'Just words.'],
    ['an unknown bump', '---\n"@org/error-codes": huge\n---\n\nx'],
    ['a huge body', `---\n"@org/error-codes": patch\n---\n\n${'x'.repeat(1_000_000)}`],
  ])('handles %s without throwing', (_label, text) => {
    expect(() => parseChangesets({ 'x.md': text })).not.toThrow();
  });
});

describe('changelogHasVersion', () => {
  const changelog = '# @org/error-codes\n\n## 1.2.0\n\n### Minor Changes\n\n- Since 1.1.0: more.\n';
  it.each([
    ['1.2.0', true],
    ['1.1.0', false],
    ['1.2', false],
    ['1.2.00', false],
    ['1x2x0', false],
    ['', false],
  ])('## %s → %s', (version, expected) => {
    expect(changelogHasVersion(changelog, version)).toBe(expected);
  });

  it('reads prerelease versions, CRLF files and junk without throwing', () => {
    expect(changelogHasVersion('# x\r\n\r\n## 2.0.0-beta.1\r\n', '2.0.0-beta.1')).toBe(true);
    expect(changelogHasVersion('## (.*)\n', '(.*)')).toBe(true);
    expect(changelogHasVersion('## 1.0.0\n', '(.*)')).toBe(false);
    expect(changelogHasVersion('x'.repeat(1_000_000), '1.0.0')).toBe(false);
    expect(changelogHasVersion('## 1.0.0\n', undefined as never)).toBe(false);
  });
});
