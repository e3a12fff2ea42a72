import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of the rehearsal's table. */
export interface Check {
  /** Column label: `esm`, `cjs`, `types:bundler`, `types:node16`, `ssr`, `pino`, … */
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
  /** Third-party packages installed alongside (peers a user brings), pinned to the repo's catalog. */
  readonly alongside: readonly string[];
  /** `types` for the type-check's tsconfig (`node` when the package's types use Node's). */
  readonly types: readonly string[];
  readonly jsx: boolean;
  readonly checks: readonly Check[];
}

export const CONSUMER_CHECKS_DIR = join(import.meta.dirname, 'consumer-checks');

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

const KNOWN: Record<string, Omit<PackagePlan, 'name'>> = {
  '@org/error-codes': {
    checksDir: 'error-codes',
    alongside: [],
    types: [],
    jsx: false,
    checks: moduleChecks({ esm: 'types.ts', cjs: 'types.cts' }),
  },
  '@org/error-codes-i18n': {
    checksDir: 'i18n',
    alongside: [],
    types: [],
    jsx: false,
    checks: [
      ...moduleChecks({ esm: 'types.ts', cjs: 'types.cts' }),
      { id: 'locale subpath', kind: 'node', files: ['locale.mjs'] },
    ],
  },
  '@org/error-codes-react': {
    checksDir: 'react',
    alongside: ['react', 'react-dom', '@types/react', '@types/react-dom'],
    types: [],
    jsx: true,
    checks: [
      ...moduleChecks({ esm: 'types.tsx', cjs: 'types.cts' }),
      { id: 'ssr renderToString', kind: 'node', files: ['ssr.mjs'] },
    ],
  },
  '@org/error-codes-logger': {
    checksDir: 'logger',
    alongside: ['pino', 'winston', '@types/node'],
    types: ['node'],
    jsx: false,
    checks: [
      ...moduleChecks({ esm: 'types.ts', cjs: 'types.cts' }),
      { id: 'pino output', kind: 'node', files: ['pino.mjs'] },
      { id: 'winston output', kind: 'node', files: ['winston.cjs'] },
    ],
  },
};

/**
 * The plan for a published package: its own checks when `consumer-checks/` has them,
 * else importing and requiring every subpath and type-checking an import of each.
 */
export function planFor(name: string): PackagePlan {
  const known = KNOWN[name];
  if (known && existsSync(join(CONSUMER_CHECKS_DIR, known.checksDir))) return { name, ...known };
  return {
    name,
    checksDir: 'any',
    alongside: [],
    types: [],
    jsx: false,
    checks: moduleChecks({ esm: 'types.ts', cjs: 'types.cts' }),
  };
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
