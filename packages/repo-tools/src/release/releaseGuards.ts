import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_FILE, CATALOG_PACKAGE, parseCatalog } from './baseline.js';
import { type CatalogGuardResult, checkCatalogCompatibility } from './catalogGuard.js';
import {
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
  const versionedPackages = base
    ? packages
        .filter((p) => {
          const before = fileAt(root, base, `${p.relativeDir}/package.json`);
          return (
            before !== undefined &&
            (JSON.parse(before) as { version?: string }).version !== p.version
          );
        })
        .map((p) => p.name)
    : [];
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
