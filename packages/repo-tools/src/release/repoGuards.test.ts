import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE_FILE, CATALOG_PACKAGE, parseCatalog } from './baseline.js';
import { describeBreakingChange } from './catalogGuard.js';
import { checkReleaseGuards } from './releaseGuards.js';
import { listPublishablePackages, REPO_ROOT } from './workspace.js';

// The guards over this repository as it is: what `pnpm test` in CI enforces.
const root = REPO_ROOT;
const report = checkReleaseGuards(root, { since: process.env.RELEASE_GUARD_SINCE || undefined });
const since = report.base ?? 'the first commit (nothing released yet)';

describe(`release guards on this repository, since ${since}`, () => {
  it('every pending changeset is one Changesets can read', () => {
    expect(report.changesets.invalid).toEqual([]);
  });

  it('every changeset names a published package', () => {
    expect(report.unknownReleases).toEqual([]);
  });

  it('every changed published package has a changeset (run `pnpm changeset`)', () => {
    expect(report.missing).toEqual([]);
  });

  it(`no released ${CATALOG_PACKAGE.name} code is removed, renamed or renumbered without a major changeset`, () => {
    expect({
      breaking: report.catalog.breaking.map(describeBreakingChange),
      ok: report.catalog.ok,
    }).toMatchObject({ ok: true });
  });

  it('the baseline records the version the catalog package has, and its platforms', () => {
    // `pnpm version-packages` moves both together: a baseline behind the package means
    // `changeset version` ran without the refresh, and the guard compares with stale codes.
    const baseline = JSON.parse(readFileSync(join(root, BASELINE_FILE), 'utf8')) as {
      version: string;
    };
    const pkg = JSON.parse(
      readFileSync(join(root, CATALOG_PACKAGE.dir, 'package.json'), 'utf8'),
    ) as {
      version: string;
    };
    expect(baseline.version).toBe(pkg.version);
    const { platforms } = parseCatalog(
      readFileSync(join(root, BASELINE_FILE), 'utf8'),
      BASELINE_FILE,
    );
    expect(platforms.length).toBeGreaterThan(0);
    for (const p of platforms) expect(p.entries.length, p.id).toBeGreaterThan(0);
  });

  it('the published packages are the Changesets `fixed` group, the CLI included', () => {
    const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')) as {
      fixed: string[][];
    };
    const published = listPublishablePackages(root).map((p) => p.manifest.name);
    expect(published).toContain('@org/error-codes-cli');
    expect([...published].sort()).toEqual(config.fixed.flat().sort());
  });

  it('`pnpm version-packages` refreshes the baseline right after `changeset version`', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['version-packages']).toMatch(
      /^changeset version && .*packages\/repo-tools\/src\/release\/refreshBaseline\.ts/,
    );
  });
});
