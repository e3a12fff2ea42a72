import { fileURLToPath } from 'node:url';
import { checkPackage } from '@org/repo-tools';
import { expect, it } from 'vitest';

it('passes publint and arethetypeswrong (packed as npm would)', async () => {
  const result = await checkPackage(fileURLToPath(new URL('..', import.meta.url)));
  expect(result.publint).toEqual([]);
  expect(result.attw).toEqual([]);
  expect(result.conventions).toEqual([]);
}, 120_000);
