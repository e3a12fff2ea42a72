import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conventionProblems } from './checkPackage.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const pkg = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));

describe('conventionProblems', () => {
  it('lists every house convention a package misses', () => {
    expect(conventionProblems(fixture('unconventional-package'))).toEqual([
      'description',
      'license: MIT',
      'sideEffects: false',
      'engines.node',
      'files',
      'repository.url and repository.directory',
      'README.md',
    ]);
  });

  it.each(['error-codes', 'i18n', 'react', 'logger'])('finds nothing missing in %s', (name) => {
    expect(conventionProblems(pkg(name))).toEqual([]);
  });
});
