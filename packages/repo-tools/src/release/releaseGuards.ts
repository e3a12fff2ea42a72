import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_FILE, CATALOG_PACKAGE, parseCatalog } from './baseline.js';
import { type CatalogGuardResult, checkCatalogCompatibility } from './catalogGuard.js';
import {
  changelogHasVersion,
  findMissingChangesets,
  findUnknownReleases,
  type MissingChangeset,
} from './changesetGuard.js';
import { type ChangesetReadResult, parseChangesets, readChangesetFiles } from './changesets.js';
import { changedFilesSince, fileAt, lastReleaseTag } from './git.js';
import { listPublishablePackages } from './workspace.js';

export interface ReleaseGuardReport {
  /** What changes are counted from: the last release tag, or undefined (nothing released). */
  readonly base: string | undefined;
  readonly changesets: ChangesetReadResult;
  readonly unknownReleases: ReturnType<typeof findUnknownReleases>;
  readonly missing: readonly MissingChangeset[];
  readonly catalog: CatalogGuardResult;
}

/**
 * Both release guards over the repository as it is on disk: every published package
 * changed since the last release has a changeset, and the catalog breaks nothing
 * released without a `major` changeset.
 */
export function checkReleaseGuards(
  root: string,
  options: { since?: string | undefined } = {},
): ReleaseGuardReport {
  const packages = listPublishablePackages(root).map((p) => ({
    name: p.manifest.name,
    relativeDir: p.relativeDir,
    version: p.manifest.version,
  }));
  const base =
    options.since ??
    lastReleaseTag(
      root,
      packages.map((p) => p.name),
    );
  const changesets = parseChangesets(readChangesetFiles(join(root, '.changeset')));
  const versionedPackages = packages
    .filter((p) => alreadyVersioned(root, base, p))
    .map((p) => p.name);
  const missing = findMissingChangesets({
    changedFiles: changedFilesSince(root, base),
    changesets: changesets.changesets,
    packages,
    versionedPackages,
  });
  const catalog = checkCatalogCompatibility({
    released: parseCatalog(readFileSync(join(root, BASELINE_FILE), 'utf8'), BASELINE_FILE),
    current: parseCatalog(
      readFileSync(join(root, CATALOG_PACKAGE.catalog), 'utf8'),
      CATALOG_PACKAGE.catalog,
    ),
    changesets: changesets.changesets,
    packageName: CATALOG_PACKAGE.name,
  });
  return {
    base,
    changesets,
    unknownReleases: findUnknownReleases(changesets.changesets, packages),
    missing,
    catalog,
  };
}

/**
 * Whether `changeset version` already turned this package's changesets into its next
 * version, so its changes since `base` are accounted for.
 *
 * With a release tag, the version moved since the tag. Without one (nothing published
 * yet, or a package added since), the package's CHANGELOG.md has an entry for its
 * current version: `changeset version` writes that entry in the same step that bumps
 * the version and deletes the changesets, so the "version packages" commit passes
 * while a package nobody versioned (no changelog, or none for this version) does not.
 * The catalog baseline cannot tell: `pnpm version-packages` refreshes it right after
 * `changeset version`, so it always records the version the packages already have.
 */
function alreadyVersioned(
  root: string,
  base: string | undefined,
  pkg: { relativeDir: string; version: string },
): boolean {
  const before = base ? fileAt(root, base, `${pkg.relativeDir}/package.json`) : undefined;
  if (before !== undefined) {
    return (JSON.parse(before) as { version?: string }).version !== pkg.version;
  }
  const changelog = join(root, pkg.relativeDir, 'CHANGELOG.md');
  return existsSync(changelog) && changelogHasVersion(readFileSync(changelog, 'utf8'), pkg.version);
}
