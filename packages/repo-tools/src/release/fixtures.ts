import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from './baseline.js';
import type { CatalogLike } from './catalogGuard.js';
import { type ChangesetReadResult, parseChangesets, readChangesetFiles } from './changesets.js';

/** Test helpers over the `__fixtures__` projects; not part of the package surface. */
export const FIXTURES_DIR = join(import.meta.dirname, '__fixtures__');

export const FIXTURE_PACKAGES = [
  { name: '@org/error-codes', relativeDir: 'packages/error-codes' },
  { name: '@org/error-codes-i18n', relativeDir: 'packages/i18n' },
  { name: '@org/error-codes-logger', relativeDir: 'packages/logger' },
  { name: '@org/error-codes-react', relativeDir: 'packages/react' },
] as const;

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
