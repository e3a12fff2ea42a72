import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { consumerEnv } from './consumerEnv.js';
import { run } from './exec.js';
import type { NodeBinary } from './nodeBinaries.js';
import {
  alongsideSpecs,
  type Check,
  CONSUMER_CHECKS_DIR,
  genericTypeFiles,
  type PackagePlan,
} from './packagePlans.js';
import { type LocalRegistry, SCOPE } from './verdaccio.js';
import { REPO_ROOT } from './workspace.js';

export type PackageManager = 'npm' | 'pnpm';
export const PACKAGE_MANAGERS: readonly PackageManager[] = ['npm', 'pnpm'];

export interface Consumer {
  readonly dir: string;
  readonly pm: PackageManager;
  readonly plan: PackagePlan;
  readonly version: string;
  readonly install: { readonly ok: boolean; readonly ms: number; readonly output: string };
}

export interface CheckResult {
  readonly package: string;
  readonly pm: PackageManager;
  readonly check: string;
  /** The Node major the check ran on. */
  readonly node: number;
  readonly ok: boolean;
  readonly ms: number;
  readonly output: string;
}

const require = createRequire(import.meta.url);

function tsconfig(plan: PackagePlan, check: Check): string {
  const node16 = check.moduleResolution === 'node16';
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: plan.jsx ? ['ES2022', 'DOM'] : ['ES2022'],
        module: node16 ? 'Node16' : 'ESNext',
        moduleResolution: node16 ? 'Node16' : 'Bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: plan.types,
        ...(plan.jsx ? { jsx: 'react-jsx' } : {}),
      },
      files: check.files,
    },
    null,
    2,
  )}\n`;
}

function installArgs(pm: PackageManager, specs: readonly string[]): string[] {
  return pm === 'npm'
    ? ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs]
    : ['add', '--reporter=append-only', ...specs];
}

/**
 * A fresh project that installs one published package alone (plus the peers a user
 * of it brings) from the local registry, with the check files beside it.
 */
export async function createConsumer(options: {
  readonly base: string;
  readonly pm: PackageManager;
  readonly plan: PackagePlan;
  readonly version: string;
  readonly subpaths: readonly string[];
  readonly registry: LocalRegistry;
  /** Versions to install alongside: the repo's catalog and the packages of this release. */
  readonly versions: Readonly<Record<string, string>>;
}): Promise<Consumer> {
  const { pm, plan } = options;
  const dir = join(options.base, `${pm}-${plan.name.replace(/^@[^/]+\//, '')}`);
  cpSync(join(CONSUMER_CHECKS_DIR, 'shared'), dir, { recursive: true });
  cpSync(join(CONSUMER_CHECKS_DIR, plan.checksDir), dir, { recursive: true });
  if (plan.checksDir === 'any') {
    const files = genericTypeFiles(options.subpaths);
    writeFileSync(join(dir, 'types.ts'), files.esm);
    writeFileSync(join(dir, 'types.cts'), files.cjs);
  }
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'rehearsal-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  // Only the scope comes from the local registry; the peers come from the usual one.
  writeFileSync(join(dir, '.npmrc'), `${SCOPE}:registry=${options.registry.url}\n`);
  for (const check of plan.checks) {
    if (check.kind === 'tsc')
      writeFileSync(join(dir, `tsconfig.${check.moduleResolution}.json`), tsconfig(plan, check));
  }
  const specs = [`${plan.name}@${options.version}`, ...alongsideSpecs(plan, options.versions)];
  const result = await run(pm, installArgs(pm, specs), {
    cwd: dir,
    env: consumerEnv(process.env, REPO_ROOT),
    timeoutMs: 300_000,
  });
  const installedVersion = readInstalledVersion(dir, plan.name);
  const ok = result.code === 0 && installedVersion === options.version;
  return {
    dir,
    pm,
    plan,
    version: options.version,
    install: {
      ok,
      ms: result.ms,
      output: ok
        ? ''
        : `${pm} ${installArgs(pm, specs).join(' ')} → exit ${result.code}, installed ${installedVersion ?? 'nothing'}\n${result.stdout}${result.stderr}`,
    },
  };
}

function readInstalledVersion(dir: string, name: string): string | undefined {
  const file = join(dir, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
}

/** Runs every check of the consumer: `node` ones on each Node binary, `tsc` ones once. */
export async function runConsumerChecks(
  consumer: Consumer,
  nodes: readonly NodeBinary[],
): Promise<CheckResult[]> {
  const tsc = require.resolve('typescript/lib/tsc.js');
  const results: CheckResult[] = [];
  const base = { package: consumer.plan.name, pm: consumer.pm };
  for (const check of consumer.plan.checks) {
    const targets = check.kind === 'node' ? nodes : nodes.slice(0, 1);
    for (const node of targets) {
      if (!consumer.install.ok) {
        results.push({
          ...base,
          check: check.id,
          node: node.major,
          ok: false,
          ms: 0,
          output: 'not installed',
        });
        continue;
      }
      const args =
        check.kind === 'node'
          ? [check.files[0] ?? '', consumer.plan.name]
          : [tsc, '-p', `tsconfig.${check.moduleResolution}.json`];
      const result = await run(node.path, args, {
        cwd: consumer.dir,
        env: consumerEnv(process.env, REPO_ROOT),
        timeoutMs: 120_000,
      });
      results.push({
        ...base,
        check: check.id,
        node: node.major,
        ok: result.code === 0,
        ms: result.ms,
        output: `${result.stdout}${result.stderr}`.trim(),
      });
    }
  }
  return results;
}

export interface InstallFootprint {
  readonly package: string;
  /** Bytes of the package's own files as installed. */
  readonly unpackedBytes: number;
  /** Its `dependencies` (peers excluded: the user brings those). */
  readonly directDependencies: number;
  /** Every package its dependencies pull in, transitively. */
  readonly totalDependencies: number;
  /** Its own files plus those of every dependency. */
  readonly installBytes: number;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') total += dirBytes(path);
    } else {
      total += lstatSync(path).size;
    }
  }
  return total;
}

/**
 * The package's footprint in an npm project, read from npm's lockfile: its own files,
 * and the closure of its `dependencies` resolved the way Node does (nearest node_modules).
 */
export function measureFootprint(consumer: Consumer): InstallFootprint {
  const lock = JSON.parse(readFileSync(join(consumer.dir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dependencies?: Record<string, string> }>;
  };
  const start = `node_modules/${consumer.plan.name}`;
  const resolve = (from: string, dep: string): string | undefined => {
    let scope = from;
    for (;;) {
      const candidate = `${scope}/node_modules/${dep}`;
      if (lock.packages[candidate]) return candidate;
      const cut = scope.lastIndexOf('/node_modules/');
      if (cut < 0) return lock.packages[`node_modules/${dep}`] ? `node_modules/${dep}` : undefined;
      scope = scope.slice(0, cut);
    }
  };
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    for (const dep of Object.keys(lock.packages[current]?.dependencies ?? {})) {
      const path = resolve(current, dep);
      if (path && !seen.has(path) && path !== start) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  const own = dirBytes(join(consumer.dir, start));
  let installBytes = own;
  for (const path of seen) installBytes += dirBytes(join(consumer.dir, path));
  return {
    package: consumer.plan.name,
    unpackedBytes: own,
    directDependencies: Object.keys(lock.packages[start]?.dependencies ?? {}).length,
    totalDependencies: seen.size,
    installBytes,
  };
}
