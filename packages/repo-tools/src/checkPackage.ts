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
  let attwOut: string;
  try {
    const { stdout } = await run(
      process.execPath,
      [attwBin, '--pack', pkgDir, '--format', 'json'],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    attwOut = stdout;
  } catch (error) {
    // attw exits 1 when it finds problems; its JSON report is still on stdout.
    attwOut = (error as { stdout?: string }).stdout ?? '';
    if (!attwOut) throw error;
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
