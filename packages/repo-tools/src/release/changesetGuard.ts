import type { Changeset } from './changesets.js';

export interface GuardedPackage {
  readonly name: string;
  /** Folder relative to the repository root (`packages/i18n`). */
  readonly relativeDir: string;
}

export interface ChangesetGuardInput {
  /** Repository-relative paths changed since the last release (`/` separators). */
  readonly changedFiles: readonly string[];
  /** The pending changesets. */
  readonly changesets: readonly Changeset[];
  /** The published packages. */
  readonly packages: readonly GuardedPackage[];
  /**
   * Packages whose version already moved since the last release (before any release:
   * whose changelog has an entry for their version): `changeset version` consumed
   * their changesets into that changelog, so their changes are accounted for.
   */
  readonly versionedPackages?: readonly string[];
}

export interface MissingChangeset {
  readonly name: string;
  /** The changed files that need it, repository-relative. */
  readonly files: readonly string[];
}

// Files inside a package that never reach its users: tests, fixtures, benches and the
// changelog `changeset version` writes itself.
const NOT_SHIPPED = [
  /(^|\/)[^/]+\.test(-d)?\.[cm]?[jt]sx?$/,
  /(^|\/)__fixtures__\//,
  /(^|\/)__snapshots__\//,
  /^bench\//,
  /^vitest\.config\.[cm]?[jt]s$/,
  /^CHANGELOG\.md$/,
  /^\.vitest-result\.json$/,
  /^test-results\//,
];

/** Whether a change to this file (relative to its package folder) can change what users install. */
export function affectsRelease(pathInPackage: string): boolean {
  return !NOT_SHIPPED.some((pattern) => pattern.test(pathInPackage));
}

/**
 * The published packages with a release-relevant change and no pending changeset
 * naming them. A changeset naming a package with any bump, `none` included, counts:
 * it is the author's explicit statement about that package.
 */
export function findMissingChangesets(input: ChangesetGuardInput): MissingChangeset[] {
  const named = new Set(input.changesets.flatMap((c) => c.releases.map((r) => r.name)));
  const versioned = new Set(input.versionedPackages ?? []);
  const missing: MissingChangeset[] = [];
  for (const pkg of input.packages) {
    if (named.has(pkg.name) || versioned.has(pkg.name)) continue;
    const prefix = `${pkg.relativeDir.replace(/\/+$/, '')}/`;
    const files = input.changedFiles.filter(
      (file) => file.startsWith(prefix) && affectsRelease(file.slice(prefix.length)),
    );
    if (files.length > 0) missing.push({ name: pkg.name, files });
  }
  return missing;
}

/**
 * Whether a changelog has the `## <version>` heading `changeset version` writes for a
 * release (`## 1.2.0`, `## 2.0.0-beta.1`), a line of its own, not a mention in prose.
 */
export function changelogHasVersion(changelog: string, version: string): boolean {
  if (typeof version !== 'string' || version === '') return false;
  const escaped = version.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  return new RegExp(`^##[ \\t]+${escaped}[ \\t]*\\r?$`, 'm').test(changelog);
}

/** Changeset entries that name a package the release does not publish (a typo stops `changeset version`). */
export function findUnknownReleases(
  changesets: readonly Changeset[],
  packages: readonly GuardedPackage[],
): { readonly changeset: string; readonly name: string }[] {
  const known = new Set(packages.map((p) => p.name));
  return changesets.flatMap((c) =>
    c.releases.filter((r) => !known.has(r.name)).map((r) => ({ changeset: c.id, name: r.name })),
  );
}
