import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE_FILE, CATALOG_PACKAGE, parseCatalog } from './baseline.js';
import { describeBreakingChange } from './catalogGuard.js';
import { checkReleaseGuards } from './releaseGuards.js';

// The guards over this repository as it is: what `pnpm test` in CI enforces.
const root = join(import.meta.dirname, '../../../..');
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

  it('the baseline is a catalog of the same platform as the package', () => {
    const baseline = JSON.parse(readFileSync(join(root, BASELINE_FILE), 'utf8')) as {
      platform: string;
      version: string;
    };
    const current = JSON.parse(readFileSync(join(root, CATALOG_PACKAGE.catalog), 'utf8')) as {
      platform: string;
    };
    expect(baseline.platform).toBe(current.platform);
    expect(baseline.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(parseCatalog(JSON.stringify(baseline), BASELINE_FILE).entries.length).toBeGreaterThan(0);
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
