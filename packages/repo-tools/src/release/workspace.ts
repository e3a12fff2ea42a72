import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly exports?: unknown;
  readonly files?: readonly string[];
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { optional?: boolean }>>;
}

export interface WorkspacePackage {
  /** Absolute folder of the package. */
  readonly dir: string;
  /** Folder relative to the repository root, with `/` separators (`packages/i18n`). */
  readonly relativeDir: string;
  readonly manifest: PackageManifest;
}

/** This repository's root, for the scripts and tests that read it. */
export const REPO_ROOT = join(import.meta.dirname, '../../../..');

/** The folders pnpm-workspace.yaml lists: `packages/*` and `apps/*`. */
export const WORKSPACE_GROUPS = ['packages', 'apps'] as const;

/** Every workspace package (a folder with a package.json) under packages/ and apps/, sorted. */
export function listWorkspacePackages(root: string): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const group of WORKSPACE_GROUPS) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = join(groupDir, entry.name);
      const manifestPath = join(dir, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageManifest;
      found.push({ dir, relativeDir: relative(root, dir).split('\\').join('/'), manifest });
    }
  }
  return found.sort((a, b) => a.relativeDir.localeCompare(b.relativeDir));
}

/** The packages a release publishes: the non-private ones under packages/. */
export function listPublishablePackages(root: string): WorkspacePackage[] {
  return listWorkspacePackages(root).filter(
    (pkg) => pkg.relativeDir.startsWith('packages/') && pkg.manifest.private !== true,
  );
}
