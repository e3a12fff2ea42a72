import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPublishablePackages, listWorkspacePackages } from '../release/workspace.js';
import type { CompileEnvironment } from './compileBlocks.js';

/** What the README check compiles against, read from the repository. */
export interface ReadmeCheckSetup {
  readonly env: CompileEnvironment;
  /** The packages an install line can name: the workspace's and those installed for the check. */
  readonly knownPackages: readonly string[];
  /** Type files the published packages' exports maps name that are not built yet. */
  readonly unbuilt: readonly string[];
}

/**
 * The check's app: this package's folder, whose devDependencies are the packages a
 * README's reader installs beside ours (the VideoSDK SDKs, React and its types,
 * pino, winston, Fastify, i18next, react-intl); our packages resolve from their own
 * folders; the settings are `@org/tsconfig`'s strict React ones.
 */
export function readmeCheckSetup(root: string): ReadmeCheckSetup {
  const appDir = join(root, 'packages/repo-tools');
  const manifest = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const workspace = listWorkspacePackages(root);
  const unbuilt = listPublishablePackages(root).flatMap((pkg) =>
    typeFiles(pkg.manifest.exports)
      // A subpath pattern's target (`./dist/locales/ios-*.d.ts`) names no one file.
      .filter((file) => !file.includes('*'))
      .map((file) => join(pkg.dir, file))
      .filter((file) => !existsSync(file)),
  );
  return {
    env: {
      appDir,
      workspacePackages: new Map(workspace.map((pkg) => [pkg.manifest.name, pkg.dir])),
      tsconfig: join(root, 'packages/tsconfig/react-library.json'),
    },
    knownPackages: [
      ...workspace.map((pkg) => pkg.manifest.name),
      ...Object.keys(manifest.devDependencies ?? {}),
    ],
    unbuilt,
  };
}

/** Every `types` target of an exports map. */
function typeFiles(exports: unknown): string[] {
  if (typeof exports !== 'object' || exports === null) return [];
  return Object.entries(exports).flatMap(([key, value]) =>
    key === 'types' && typeof value === 'string' ? [value] : typeFiles(value),
  );
}
