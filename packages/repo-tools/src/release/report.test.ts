import { describe, expect, it } from 'vitest';
import type { CheckResult } from './consumers.js';
import { formatFootprints, formatResults } from './report.js';

const result = (over: Partial<CheckResult>): CheckResult => ({
  package: '@org/a',
  pm: 'npm',
  check: 'esm',
  node: 20,
  ok: true,
  ms: 1,
  output: '',
  ...over,
});

describe('formatResults', () => {
  it('shows one row per package and check, with FAIL and · where a check did not run', () => {
    const text = formatResults(
      [
        result({}),
        result({ node: 22, ok: false }),
        result({ pm: 'pnpm' }),
        result({ check: 'types:bundler' }),
      ],
      ['npm', 'pnpm'],
      [20, 22],
    );
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^package\s+check\s+npm node20\s+npm node22\s+pnpm node20\s+pnpm node22$/,
    );
    expect(lines[2]?.split(/\s+/)).toEqual(['@org/a', 'esm', 'pass', 'FAIL', 'pass', '·']);
    expect(lines[3]?.split(/\s+/)).toEqual(['@org/a', 'types:bundler', 'pass', '·', '·', '·']);
    expect(lines).toHaveLength(4);
  });
});

describe('formatFootprints', () => {
  it('prints sizes in kB and dependency counts', () => {
    const text = formatFootprints([
      {
        package: '@org/a',
        unpackedBytes: 2048,
        directDependencies: 1,
        totalDependencies: 3,
        installBytes: 10_240,
      },
    ]);
    expect(text.split('\n')[2]?.split(/\s{2,}/)).toEqual(['@org/a', '2.0 kB', '1 / 3', '10.0 kB']);
  });
});
