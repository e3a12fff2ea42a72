/**
 * Every published library, packed as npm would pack it, passes publint and
 * arethetypeswrong and keeps the house conventions. One test here walks the
 * workspace, so no library carries a copy of it (or depends on this package).
 */
import { describe, expect, it } from 'vitest';
import { checkPackage } from './checkPackage.js';
import { listPublishablePackages, REPO_ROOT } from './release/workspace.js';

const published = listPublishablePackages(REPO_ROOT);

describe('the published packages', () => {
  it('are the five libraries', () => {
    expect(published.map((p) => p.relativeDir)).toEqual([
      'packages/cli',
      'packages/error-codes',
      'packages/i18n',
      'packages/logger',
      'packages/react',
    ]);
  });

  it.each(published.map((p) => [p.manifest.name, p.dir]))(
    '%s passes publint and arethetypeswrong (packed as npm would)',
    async (_name, dir) => {
      const result = await checkPackage(dir);
      expect(result.publint).toEqual([]);
      expect(result.attw).toEqual([]);
      expect(result.conventions).toEqual([]);
    },
  );
});
