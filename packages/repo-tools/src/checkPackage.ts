import { execFile } from 'node:child_process';
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
  };
}
