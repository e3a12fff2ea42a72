// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

describe('the published package', () => {
  it('marks both builds as client modules for React Server Components', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      expect(readFileSync(`${pkgDir}/${file}`, 'utf8').startsWith("'use client';")).toBe(true);
    }
  });

  it('depends at runtime only on React (a peer) and the workspace packages', () => {
    const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(['@org/error-codes', '@org/error-codes-i18n']);
    expect(pkg.peerDependencies).toEqual({
      react: '^18.2.0 || ^19.0.0',
      'react-dom': '^18.2.0 || ^19.0.0',
    });
    const built = readFileSync(`${pkgDir}/dist/index.js`, 'utf8');
    const imports = [...built.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
    // The tables come through the line module the app passes in; from the core's root,
    // only the line ids' guard (which @org/error-codes-i18n imports too).
    expect(new Set(imports)).toEqual(
      new Set(['@org/error-codes', '@org/error-codes-i18n', 'react', 'react/jsx-runtime']),
    );
    expect(built).toMatch(/import\s*\{\s*isPlatformId\s*\}\s*from\s*['"]@org\/error-codes['"]/);
  });
});
