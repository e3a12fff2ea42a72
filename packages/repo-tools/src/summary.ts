/**
 * The test run's bookends. `--clean` (before turbo) removes every workspace's
 * previous vitest report, so a package whose tests did not run this time cannot
 * lend its old counts; turbo restores the reports of the tasks it replays from
 * cache. Without flags (after turbo) it prints one closing line for the whole run,
 * `Tests: N passed, N failed`, summed from the JSON report every workspace's vitest
 * writes; a workspace with a test script and no report counts as one failure.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { failuresOf, type VitestJson } from './testReport.js';

const REPORT = '.vitest-result.json';
const root = join(import.meta.dirname, '../../..');

/** Every workspace folder with a `test` script, as `packages/name`. */
function testedWorkspaces(): string[] {
  const found: string[] = [];
  for (const group of ['packages', 'apps']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir).sort()) {
      const manifest = join(groupDir, name, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
        scripts?: Record<string, string>;
      };
      if (pkg.scripts?.test) found.push(`${group}/${name}`);
    }
  }
  return found;
}

if (process.argv.includes('--clean')) {
  for (const dir of testedWorkspaces()) rmSync(join(root, dir, REPORT), { force: true });
} else {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const dir of testedWorkspaces()) {
    const file = join(root, dir, REPORT);
    if (!existsSync(file)) {
      console.log(`  ${dir}: no test report (its tests did not run)`);
      failed += 1;
      continue;
    }
    const r = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
    const { failed: f, brokenFiles } = failuresOf(r);
    for (const name of brokenFiles) console.log(`  ${dir}: failed outside any test: ${name}`);
    const s = r.numPendingTests + (r.numTodoTests ?? 0);
    console.log(`  ${dir}: ${r.numPassedTests} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
    passed += r.numPassedTests;
    failed += f;
    skipped += s;
  }
  console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
