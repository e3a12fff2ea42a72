/** What the closing summary reads from each workspace's vitest JSON report. */
export interface VitestJson {
  success?: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  testResults?: { name?: string; status: string; assertionResults: { status: string }[] }[];
}

/**
 * Failures in one report. A file can fail with no failed test: it does not load, a
 * `beforeAll` times out (its tests are then reported as skipped), or an error escapes
 * after the tests. Each such file counts as one failure, and so does a run vitest
 * calls unsuccessful with nothing else to show for it, so a red run never reads
 * "0 failed".
 */
export function failuresOf(r: VitestJson): { failed: number; brokenFiles: string[] } {
  const brokenFiles = (r.testResults ?? [])
    .filter((t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'))
    .map((t) => t.name ?? '(unnamed file)');
  let failed = r.numFailedTests + brokenFiles.length;
  if (r.success === false && failed === 0) failed = 1;
  return { failed, brokenFiles };
}
