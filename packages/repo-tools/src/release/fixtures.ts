import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseCatalog } from './baseline.js';
import type { CatalogLike } from './catalogGuard.js';
import type { GuardedPackage } from './changesetGuard.js';
import { type ChangesetReadResult, parseChangesets, readChangesetFiles } from './changesets.js';
import { listPublishablePackages, REPO_ROOT } from './workspace.js';

/** Test helpers over the `__fixtures__` projects; not part of the package surface. */
export const FIXTURES_DIR = join(import.meta.dirname, '__fixtures__');

/**
 * The published packages the guard tests run over: this repository's own, read from
 * the workspace (never a list written here), as `{ name, relativeDir }`.
 */
export const FIXTURE_PACKAGES: readonly GuardedPackage[] = listPublishablePackages(REPO_ROOT).map(
  (p) => ({ name: p.manifest.name, relativeDir: p.relativeDir }),
);

export function fixtureChangesets(fixture: string): ChangesetReadResult {
  return parseChangesets(readChangesetFiles(join(FIXTURES_DIR, fixture, '.changeset')));
}

export function fixtureCatalog(fixture: string): CatalogLike {
  const file = join(FIXTURES_DIR, fixture, 'catalog.json');
  return parseCatalog(readFileSync(file, 'utf8'), file);
}

export function fixtureReleasedCatalog(): CatalogLike {
  const file = join(FIXTURES_DIR, 'released-catalog.json');
  return parseCatalog(readFileSync(file, 'utf8'), file);
}

export function fixtureChangedFiles(fixture: string): string[] {
  return readFileSync(join(FIXTURES_DIR, fixture, 'changed-files.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
}

/** A throwaway git repository for the guards to read, shaped by the test that makes it. */
export interface ScratchRepo {
  readonly dir: string;
  git(...args: string[]): void;
  write(path: string, content: string): void;
  remove(): void;
}

export function scratchRepo(prefix: string): ScratchRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
  return {
    dir,
    git: (...args) => {
      execFileSync('git', args, { cwd: dir, stdio: 'ignore', env });
    },
    write: (path, content) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function manifest(name: string, version: string, extra: object = {}): string {
  return `${JSON.stringify({ name, version, ...extra }, null, 2)}\n`;
}
