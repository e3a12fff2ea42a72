/**
 * Every published library, packed as npm would pack it, passes publint and
 * arethetypeswrong and keeps the house conventions. One test here walks the
 * workspace, so no library carries a copy of it (or depends on this package).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage } from './checkPackage.js';

const packagesDir = join(import.meta.dirname, '../..');
const published = readdirSync(packagesDir)
  .filter((name) => {
    try {
      const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
      return manifest.private !== true;
    } catch {
      return false;
    }
  })
  .sort();

describe('the published packages', () => {
  it('are the five libraries', () => {
    expect(published).toEqual(['cli', 'error-codes', 'i18n', 'logger', 'react']);
  });

  it.each(published)(
    '%s passes publint and arethetypeswrong (packed as npm would)',
    async (name) => {
      const result = await checkPackage(join(packagesDir, name));
      expect(result.publint).toEqual([]);
      expect(result.attw).toEqual([]);
      expect(result.conventions).toEqual([]);
    },
  );
});
