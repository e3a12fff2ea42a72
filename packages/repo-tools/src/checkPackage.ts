import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface PackageCheck {
  /** publint messages of every level, formatted `type code path`. */
  readonly publint: readonly string[];
  /** attw's problems, empty when the types resolve in every mode. */
  readonly attw: readonly string[];
  /** The house conventions publint does not check, one line per missing field. */
  readonly conventions: readonly string[];
}

/** What every published package of this repository declares (see the root README). */
export function conventionProblems(pkgDir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const repository = pkg.repository as { url?: unknown; directory?: unknown } | undefined;
  const engines = pkg.engines as { node?: unknown } | undefined;
  const problems: [boolean, string][] = [
    [pkg.private !== true, 'private: a published package is not private'],
    [typeof pkg.description === 'string', 'description'],
    [pkg.license === 'MIT', 'license: MIT'],
    [pkg.sideEffects === false, 'sideEffects: false'],
    [typeof engines?.node === 'string', 'engines.node'],
    [Array.isArray(pkg.files), 'files'],
    [pkg.exports !== undefined, 'exports'],
    // npm provenance refuses a package whose repository does not match the workflow's.
    [
      typeof repository?.url === 'string' && typeof repository.directory === 'string',
      'repository.url and repository.directory',
    ],
    [existsSync(join(pkgDir, 'README.md')), 'README.md'],
  ];
  return problems.filter(([ok]) => !ok).map(([, what]) => what);
}

/**
 * Runs the ecosystem checks every published package passes: publint on the
 * package folder and `attw --pack` (which packs it as npm would) on the tarball.
 */
export async function checkPackage(pkgDir: string): Promise<PackageCheck> {
  const { messages } = await publint({ pkgDir, level: 'suggestion', strict: true });
  const attwBin = join(
    dirname(require.resolve('@arethetypeswrong/cli/package.json')),
    'dist/index.js',
  );
  // attw can exit before a large report is flushed to a pipe, so it writes to a file.
  const dir = await mkdtemp(join(tmpdir(), 'attw-'));
  const reportFile = join(dir, 'report.json');
  let attwOut: string;
  try {
    // attw exits 1 when it finds problems; the report is written all the same.
    await run('sh', [
      '-c',
      '"$0" "$1" --pack "$2" --format json > "$3"',
      process.execPath,
      attwBin,
      pkgDir,
      reportFile,
    ]).catch(() => undefined);
    attwOut = await readFile(reportFile, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const report = JSON.parse(attwOut) as {
    analysis?: { problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
  };
  const problems = report.analysis?.problems ?? [];
  return {
    publint: messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`),
    attw: problems.map((p) => `${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`.trim()),
    conventions: conventionProblems(pkgDir),
  };
}
