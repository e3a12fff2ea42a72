/**
 * Prints one closing line for the whole test run, `Tests: N passed, N failed`,
 * summed from the JSON report every workspace's vitest writes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  testResults?: { status: string; assertionResults: unknown[] }[];
}

const root = join(import.meta.dirname, '../../..');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'apps']) {
  const groupDir = join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const name of readdirSync(groupDir).sort()) {
    const file = join(groupDir, name, '.vitest-result.json');
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
    // A suite that fails to load has no failed test but must still count as a failure.
    const brokenFiles = (r.testResults ?? []).filter(
      (t) => t.status === 'failed' && t.assertionResults.length === 0,
    ).length;
    const f = r.numFailedTests + brokenFiles;
    const s = r.numPendingTests + (r.numTodoTests ?? 0);
    console.log(
      `  ${group}/${name}: ${r.numPassedTests} passed, ${f} failed${s ? `, ${s} skipped` : ''}`,
    );
    passed += r.numPassedTests;
    failed += f;
    skipped += s;
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
