import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run, runOrThrow } from './exec.js';

export interface NodeBinary {
  readonly major: number;
  readonly version: string;
  readonly path: string;
}

async function versionOf(path: string): Promise<string | undefined> {
  if (!existsSync(path)) return undefined;
  const result = await run(path, ['--version'], { cwd: '/', timeoutMs: 30_000 });
  return result.code === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
}

/** The Node running this script. */
export function currentNode(): NodeBinary {
  const version = process.versions.node;
  return { major: Number(version.split('.')[0]), version, path: process.execPath };
}

/**
 * A Node binary of this major version from the `node` package on the npm registry
 * (its preinstall fetches the platform's binary into `node_modules/node/bin/node`),
 * kept in `cacheDir/node-<major>` between runs.
 */
export async function ensureNode(major: number, cacheDir: string): Promise<NodeBinary> {
  const dir = join(cacheDir, `node-${major}`);
  const path = join(dir, 'node_modules', 'node', 'bin', 'node');
  let version = await versionOf(path);
  if (!version?.startsWith(`${major}.`)) {
    mkdirSync(dir, { recursive: true });
    await runOrThrow(
      'npm',
      [
        'install',
        '--prefix',
        dir,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `node@${major}`,
      ],
      { cwd: dir, timeoutMs: 300_000 },
    );
    version = await versionOf(path);
    if (!version?.startsWith(`${major}.`)) {
      throw new Error(`npm install node@${major} did not leave a Node ${major} binary at ${path}`);
    }
  }
  return { major, version, path };
}
