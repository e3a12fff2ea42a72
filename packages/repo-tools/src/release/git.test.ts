import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_FILE, CATALOG_PACKAGE } from './baseline.js';
import { FIXTURES_DIR, manifest, type ScratchRepo, scratchRepo } from './fixtures.js';
import { changedFilesSince, lastReleaseTag } from './git.js';
import { checkReleaseGuards } from './releaseGuards.js';

// A real git repository shaped like this one, released once, then changed.
let scratch: ScratchRepo;
let repo: string;
const git = (...args: string[]) => scratch.git(...args);
const write = (path: string, content: string) => scratch.write(path, content);

beforeAll(() => {
  scratch = scratchRepo('release-guards-');
  repo = scratch.dir;
  git('init', '--quiet', '--initial-branch=main');
  write('packages/error-codes/package.json', manifest(CATALOG_PACKAGE.name, '1.4.0'));
  cpSync(join(FIXTURES_DIR, 'released-catalog.json'), join(repo, CATALOG_PACKAGE.catalog));
  write('packages/error-codes/src/index.ts', 'export {};\n');
  write('packages/i18n/package.json', manifest('@org/error-codes-i18n', '1.4.0'));
  write('packages/i18n/src/index.ts', 'export {};\n');
  write('packages/repo-tools/package.json', `{ "name": "@org/repo-tools", "private": true }\n`);
  cpSync(join(FIXTURES_DIR, 'released-catalog.json'), join(repo, BASELINE_FILE));
  write('.changeset/config.json', '{}\n');
  write('.gitignore', 'dist/\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'release 1.4.0');
  git('tag', '@org/error-codes@1.4.0');
  git('tag', '@org/error-codes-i18n@1.4.0');
}, 120_000);

afterAll(() => {
  scratch.remove();
});

describe('git helpers', () => {
  it('finds the last release tag of a published package', () => {
    expect(lastReleaseTag(repo, ['@org/error-codes', '@org/error-codes-i18n'])).toMatch(
      /^@org\/error-codes(-i18n)?@1\.4\.0$/,
    );
    expect(lastReleaseTag(repo, ['@org/other'])).toBeUndefined();
  });

  it('lists committed, modified and untracked changes since a ref, not ignored files', () => {
    write('packages/i18n/src/index.ts', 'export const changed = true;\n');
    write('packages/i18n/src/new.ts', 'export {};\n');
    write('packages/i18n/dist/index.js', 'built\n');
    expect(changedFilesSince(repo, '@org/error-codes@1.4.0')).toEqual([
      'packages/i18n/src/index.ts',
      'packages/i18n/src/new.ts',
    ]);
    expect(changedFilesSince(repo, undefined)).toContain('packages/error-codes/src/index.ts');
  });
});

describe('checkReleaseGuards on a released repository', () => {
  it('fails for the changed package without a changeset, and for the catalog break', () => {
    cpSync(
      join(FIXTURES_DIR, 'code-removed-minor/catalog.json'),
      join(repo, CATALOG_PACKAGE.catalog),
    );
    const report = checkReleaseGuards(repo);
    expect(report.base).toMatch(/@1\.4\.0$/);
    expect(report.missing.map((m) => m.name)).toEqual([
      '@org/error-codes',
      '@org/error-codes-i18n',
    ]);
    expect(report.catalog.ok).toBe(false);
  });

  it('passes with a major changeset for the catalog and a minor one for i18n', () => {
    write(
      '.changeset/drop-beta.md',
      '---\n"@org/error-codes": major\n"@org/error-codes-i18n": minor\n---\n\nRemove FIXTURE_BETA.\n',
    );
    const report = checkReleaseGuards(repo);
    expect(report.missing).toEqual([]);
    expect(report.catalog).toMatchObject({ ok: true, majorChangesets: ['drop-beta'] });
  });

  it('passes after `changeset version` consumed the changesets and bumped the versions', () => {
    rmSync(join(repo, '.changeset/drop-beta.md'));
    write('packages/error-codes/package.json', manifest(CATALOG_PACKAGE.name, '2.0.0'));
    write('packages/i18n/package.json', manifest('@org/error-codes-i18n', '2.0.0'));
    write('packages/i18n/CHANGELOG.md', '# @org/error-codes-i18n\n\n## 2.0.0\n');
    cpSync(join(FIXTURES_DIR, 'code-removed-minor/catalog.json'), join(repo, BASELINE_FILE));
    const report = checkReleaseGuards(repo);
    expect(report.missing).toEqual([]);
    expect(report.catalog).toEqual({ breaking: [], majorChangesets: [], ok: true });
  });
});

describe('checkReleaseGuards on a package added since the last release', () => {
  it('asks for a changeset until `changeset version` wrote its changelog entry', () => {
    write('packages/logger/package.json', manifest('@org/error-codes-logger', '0.0.0'));
    write('packages/logger/src/index.ts', 'export {};\n');
    expect(checkReleaseGuards(repo).missing).toEqual([
      {
        name: '@org/error-codes-logger',
        files: ['packages/logger/package.json', 'packages/logger/src/index.ts'],
      },
    ]);
    write('packages/logger/package.json', manifest('@org/error-codes-logger', '2.0.0'));
    write('packages/logger/CHANGELOG.md', '# @org/error-codes-logger\n\n## 2.0.0\n');
    expect(checkReleaseGuards(repo).missing).toEqual([]);
  });
});
