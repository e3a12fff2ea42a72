import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformIds } from '@org/error-codes';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(pkgDir, 'dist');

/** Every module specifier a built file imports, following its local chunks. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  const specifiers = new Set<string>();
  if (seen.has(file)) return specifiers;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
  for (const [, specifier] of source.matchAll(pattern)) {
    if (!specifier) continue;
    if (specifier.startsWith('.')) {
      for (const nested of importsOf(join(dirname(file), specifier), seen)) specifiers.add(nested);
    } else specifiers.add(specifier);
  }
  return specifiers;
}

describe('subpaths', () => {
  it('is built (run `pnpm --filter @org/error-codes-logger build`)', () => {
    for (const file of ['index', 'pino', 'winston']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) {
        expect(existsSync(join(dist, `${file}.${ext}`)), `${file}.${ext}`).toBe(true);
      }
    }
  });

  it('imports nothing but @org/error-codes and its lines at run time, in ESM and CJS', () => {
    const lines = platformIds.map((id) => `@org/error-codes/${id}`);
    for (const file of ['index', 'pino', 'winston']) {
      for (const ext of ['js', 'cjs']) {
        expect([...importsOf(join(dist, `${file}.${ext}`))].sort(), `${file}.${ext}`).toEqual(
          ['@org/error-codes', ...lines].sort(),
        );
      }
    }
  });

  it('loads neither winston nor pino when `.` or `./pino` is required', () => {
    const script = `
      require('@org/error-codes-logger');
      require('@org/error-codes-logger/pino');
      const loaded = Object.keys(require.cache);
      console.log(JSON.stringify({
        winston: loaded.filter((f) => /[\\\\/]winston[\\\\/]/.test(f)).length,
        pino: loaded.filter((f) => /[\\\\/]pino[\\\\/]/.test(f)).length,
        self: loaded.filter((f) => f.includes('logger')).length,
      }));
    `;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: pkgDir, encoding: 'utf8' });
    const counts = JSON.parse(out) as { winston: number; pino: number; self: number };
    expect(counts.self).toBeGreaterThan(0);
    expect(counts.winston).toBe(0);
    expect(counts.pino).toBe(0);
  });

  it('exposes the documented names on each subpath, in ESM', async () => {
    const script = `
      const root = await import('@org/error-codes-logger');
      const pino = await import('@org/error-codes-logger/pino');
      const winston = await import('@org/error-codes-logger/winston');
      console.log(JSON.stringify([Object.keys(root), Object.keys(pino), Object.keys(winston)]));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: pkgDir,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([
      ['DEFAULT_REDACT_KEYS', 'LEVEL_BY_SEVERITY', 'REDACTED', 'errorFields', 'levelFor', 'redact'],
      ['errorSerializer', 'logError', 'pinoOptions'],
      ['errorFormat', 'logError'],
    ]);
  });
});
