import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_FILE, CATALOG_PACKAGE, refreshBaseline } from './baseline.js';
import { FIXTURES_DIR, manifest, type ScratchRepo, scratchRepo } from './fixtures.js';
import { checkReleaseGuards } from './releaseGuards.js';

// A real git repository shaped like this one before its first release: no release tag,
// so every tracked file counts as changed. `changeset version` is the real CLI of the
// repository, as `pnpm version-packages` runs it.
const root = join(import.meta.dirname, '../../../..');
let scratch: ScratchRepo;

const PACKAGES = [
  { name: CATALOG_PACKAGE.name, dir: CATALOG_PACKAGE.dir },
  { name: '@org/error-codes-i18n', dir: 'packages/i18n' },
] as const;

function versionPackages(): void {
  const cli = realpathSync(join(root, 'node_modules/@changesets/cli'));
  execFileSync(process.execPath, [join(cli, 'bin.js'), 'version'], {
    cwd: scratch.dir,
    stdio: 'pipe',
    env: { ...process.env, CI: 'true' },
  });
  refreshBaseline(scratch.dir);
}

function versionOf(dir: string): string {
  return (
    JSON.parse(readFileSync(join(scratch.dir, dir, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

beforeAll(() => {
  scratch = scratchRepo('first-release-');
  const { dir, git, write } = scratch;
  git('init', '--quiet', '--initial-branch=main');
  write('package.json', manifest('fixture-monorepo', '0.0.0', { private: true }));
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  write(
    '.changeset/config.json',
    `${JSON.stringify({
      changelog: '@changesets/cli/changelog',
      commit: false,
      fixed: [PACKAGES.map((p) => p.name)],
      access: 'public',
      baseBranch: 'main',
      privatePackages: { version: false, tag: false },
    })}\n`,
  );
  for (const pkg of PACKAGES) {
    write(`${pkg.dir}/package.json`, manifest(pkg.name, '0.0.0'));
    write(`${pkg.dir}/src/index.ts`, 'export {};\n');
  }
  // The package's catalog carries no version of its own; the baseline takes the package's.
  const { version: _version, ...catalog } = JSON.parse(
    readFileSync(join(FIXTURES_DIR, 'released-catalog.json'), 'utf8'),
  ) as { version: string };
  write(CATALOG_PACKAGE.catalog, `${JSON.stringify(catalog, null, 2)}\n`);
  write(
    'packages/repo-tools/package.json',
    manifest('@org/repo-tools', '0.0.0', { private: true }),
  );
  write(BASELINE_FILE, '');
  refreshBaseline(dir);
  write('.gitignore', 'node_modules/\n');
  // Changesets loads its changelog generator from the project, as in the repository.
  write('node_modules/@changesets/.keep', '');
  symlinkSync(
    realpathSync(join(root, 'node_modules/@changesets/cli')),
    join(dir, 'node_modules/@changesets/cli'),
    'dir',
  );
  git('add', '.');
  git('commit', '--quiet', '-m', 'the libraries, never released');
}, 120_000);

afterAll(() => {
  scratch.remove();
});

describe('release guards before the first release tag', () => {
  it('fails for a changed package without a changeset', () => {
    scratch.write('packages/i18n/src/index.ts', 'export const changed = true;\n');
    // A changelog alone does not count: it has no entry for the package's version.
    scratch.write('packages/i18n/CHANGELOG.md', '# @org/error-codes-i18n\n\nNotes.\n');
    scratch.write('.changeset/first-core.md', '---\n"@org/error-codes": minor\n---\n\nFirst.\n');
    const report = checkReleaseGuards(scratch.dir);
    expect(report.base).toBeUndefined();
    expect(report.missing).toEqual([
      {
        name: '@org/error-codes-i18n',
        files: ['packages/i18n/package.json', 'packages/i18n/src/index.ts'],
      },
    ]);
  });

  it('passes once every changed package has a changeset', () => {
    scratch.write(
      '.changeset/first-i18n.md',
      '---\n"@org/error-codes-i18n": minor\n---\n\nFirst.\n',
    );
    scratch.git('add', '.');
    scratch.git('commit', '--quiet', '-m', 'changesets');
    expect(checkReleaseGuards(scratch.dir).missing).toEqual([]);
  });

  it('passes after `pnpm version-packages` consumed the changesets, still with no tag', () => {
    versionPackages();
    scratch.git('add', '--all');
    scratch.git('commit', '--quiet', '-m', 'Release: version packages');
    for (const pkg of PACKAGES) expect(versionOf(pkg.dir)).toBe('0.1.0');
    // Why the baseline cannot tell a versioned package: it is refreshed in the same step.
    expect(JSON.parse(readFileSync(join(scratch.dir, BASELINE_FILE), 'utf8'))).toMatchObject({
      version: '0.1.0',
      platforms: [
        { id: 'web', entries: expect.arrayContaining([{ code: 9001, name: 'FIXTURE_ALPHA' }]) },
        { id: 'flutter', entries: expect.arrayContaining([{ code: 9001, name: 'FIXTURE_OMEGA' }]) },
      ],
    });
    const report = checkReleaseGuards(scratch.dir);
    expect(report.base).toBeUndefined();
    expect(report.changesets.changesets).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.catalog.ok).toBe(true);
  });

  it('still fails for a package the version commit did not version', () => {
    scratch.write('packages/logger/package.json', manifest('@org/error-codes-logger', '0.1.0'));
    scratch.write('packages/logger/src/index.ts', 'export {};\n');
    expect(checkReleaseGuards(scratch.dir).missing.map((m) => m.name)).toEqual([
      '@org/error-codes-logger',
    ]);
  });
});
