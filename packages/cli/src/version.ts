import { createRequire } from 'node:module';

/**
 * This package's version, read from its package.json when the CLI runs, never copied
 * into the build: a package versioned after it was built (as `changeset version` does
 * to a built tree) still prints the version it was installed with. `../package.json`
 * is the package root from both `src/` and `dist/`.
 */
export const version: string = readVersion();

function readVersion(): string {
  try {
    const manifest: unknown = createRequire(import.meta.url)('../package.json');
    const value = (manifest as { version?: unknown } | null)?.version;
    return typeof value === 'string' ? value : 'unknown';
  } catch {
    return 'unknown';
  }
}
