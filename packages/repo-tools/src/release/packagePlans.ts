import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SCOPE } from './verdaccio.js';

/** One row of the rehearsal's table. */
export interface Check {
  /** Column label: `esm`, `cjs`, `types:bundler`, `types:node16`, `ssr renderToString`, … */
  readonly id: string;
  /** `node`: run the file with every Node version; `tsc`: type-check once with this config. */
  readonly kind: 'node' | 'tsc';
  /** For `node`: the file to run. For `tsc`: the files to check. */
  readonly files: readonly string[];
  readonly moduleResolution?: 'bundler' | 'node16';
}

/** What the rehearsal installs and checks for one published package. */
export interface PackagePlan {
  readonly name: string;
  /** The folder of `consumer-checks/` whose files are copied into the project. */
  readonly checksDir: string;
  /**
   * Packages installed alongside: what a user of it brings (peers, the platform module
   * they import), third-party ones pinned to the repo's catalog, `@org/*` ones to the release.
   */
  readonly alongside: readonly string[];
  /** `types` for the type-check's tsconfig (`node` when the checks use Node's). */
  readonly types: readonly string[];
  readonly jsx: boolean;
  readonly checks: readonly Check[];
}

export const CONSUMER_CHECKS_DIR = join(import.meta.dirname, 'consumer-checks');

/** The file in a `consumer-checks/<folder>/` that makes it one package's checks. */
export const PLAN_FILE = 'plan.json';

/** The folders of `consumer-checks/` that are not a package's: helpers and the generic checks. */
export const SHARED_CHECK_DIRS = ['shared', 'any'] as const;

function moduleChecks(typeFiles: { esm: string; cjs: string }): Check[] {
  return [
    { id: 'esm', kind: 'node', files: ['esm.mjs'] },
    { id: 'cjs', kind: 'node', files: ['cjs.cjs'] },
    { id: 'types:bundler', kind: 'tsc', files: [typeFiles.esm], moduleResolution: 'bundler' },
    {
      id: 'types:node16',
      kind: 'tsc',
      files: [typeFiles.esm, typeFiles.cjs],
      moduleResolution: 'node16',
    },
  ];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '');

// A file name a check may run: beside the plan, never a path out of its folder.
const FILE = /^[\w.-]+\.(mjs|cjs|ts|cts|tsx)$/;

/**
 * Reads a `plan.json`: `{ alongside?, types?, jsx?, typeFiles?: { esm, cjs }, checks?:
 * [{ id, file }] }`. Every package gets `esm.mjs`, `cjs.cjs` and the two type-checks;
 * `checks` adds the package's own, run with every Node version. Throws naming the file.
 */
export function parsePlan(text: string, source: string): Omit<PackagePlan, 'name' | 'checksDir'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not JSON (${(error as Error).message.slice(0, 200)})`);
  }
  if (!isObject(data)) throw new Error(`${source}: not an object`);
  const { alongside = [], types = [], jsx = false, typeFiles, checks = [] } = data;
  if (!isStringList(alongside)) throw new Error(`${source}: "alongside" is not a list of names`);
  if (!isStringList(types)) throw new Error(`${source}: "types" is not a list of names`);
  if (typeof jsx !== 'boolean') throw new Error(`${source}: "jsx" is not true or false`);
  const files = typeFiles ?? { esm: 'types.ts', cjs: 'types.cts' };
  if (!isObject(files) || !FILE.test(String(files.esm)) || !FILE.test(String(files.cjs))) {
    throw new Error(`${source}: "typeFiles" needs an "esm" and a "cjs" file name`);
  }
  if (!Array.isArray(checks)) throw new Error(`${source}: "checks" is not a list`);
  const own: Check[] = checks.map((check: unknown, index: number) => {
    if (!isObject(check) || typeof check.id !== 'string' || check.id === '') {
      throw new Error(`${source}: checks[${index}] has no "id"`);
    }
    if (!FILE.test(String(check.file)) || !/\.[cm]js$/.test(String(check.file))) {
      throw new Error(`${source}: checks[${index}] "file" is not a .mjs or .cjs file name`);
    }
    return { id: check.id, kind: 'node', files: [String(check.file)] };
  });
  return {
    alongside,
    types,
    jsx,
    checks: [...moduleChecks({ esm: String(files.esm), cjs: String(files.cjs) }), ...own],
  };
}

/**
 * The plan for a published package: the checks in `consumer-checks/<its folder name>/`
 * (`packages/cli` → `consumer-checks/cli/`) when that folder has a `plan.json`, else
 * importing and requiring every subpath and type-checking an import of each.
 */
export function planFor(pkg: { readonly name: string; readonly relativeDir: string }): PackagePlan {
  const folder = basename(pkg.relativeDir);
  const file = join(CONSUMER_CHECKS_DIR, folder, PLAN_FILE);
  if (!(SHARED_CHECK_DIRS as readonly string[]).includes(folder) && existsSync(file)) {
    return { name: pkg.name, checksDir: folder, ...parsePlan(readFileSync(file, 'utf8'), file) };
  }
  return {
    name: pkg.name,
    checksDir: 'any',
    alongside: [],
    types: [],
    jsx: false,
    checks: moduleChecks({ esm: 'types.ts', cjs: 'types.cts' }),
  };
}

/**
 * What `npm install` gets beside the package: each `alongside` name at its version in
 * `versions` (the repo's catalog, and this release for `@org/*`). An `@org/*` name the
 * release did not publish would come from nowhere: that throws.
 */
export function alongsideSpecs(
  plan: PackagePlan,
  versions: Readonly<Record<string, string>>,
): string[] {
  return plan.alongside.map((name) => {
    const version = Object.hasOwn(versions, name) ? versions[name] : undefined;
    if (version === undefined && name.startsWith(`${SCOPE}/`)) {
      throw new Error(`${plan.name}: ${name} is to be installed alongside but was not published`);
    }
    return version ? `${name}@${version}` : name;
  });
}

/** Type-check files for a package without its own: one import of each subpath, ESM and CJS. */
export function genericTypeFiles(subpaths: readonly string[]): { esm: string; cjs: string } {
  const specs = subpaths.filter((s) => !s.endsWith('.json'));
  return {
    esm: `${specs.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}\nexport { ${specs.map((_, i) => `m${i}`).join(', ')} };\n`,
    cjs: `${specs.map((s, i) => `import m${i} = require('${s}');`).join('\n')}\nexport = [${specs.map((_, i) => `m${i}`).join(', ')}];\n`,
  };
}

/** Exact versions from the repository's pnpm catalog (`catalog:` in pnpm-workspace.yaml). */
export function readCatalogVersions(root: string): Record<string, string> {
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^catalog:\n((?:[ \t]+.*\n?|\n)*)/m.exec(text)?.[1] ?? '';
  const versions: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const match = /^\s+"?([^":#\s]+)"?:\s*"?([^"#\s]+)"?/.exec(line);
    if (match?.[1] && match[2]) versions[match[1]] = match[2];
  }
  return versions;
}
