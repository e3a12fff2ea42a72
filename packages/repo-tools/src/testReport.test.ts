import { describe, expect, it } from 'vitest';
import { failuresOf } from './testReport.js';

const passed = { status: 'passed' };
const skipped = { status: 'skipped' };

describe('failures of a vitest report', () => {
  it('counts failed tests', () => {
    const report = {
      success: false,
      numPassedTests: 1,
      numFailedTests: 2,
      numPendingTests: 0,
      testResults: [
        {
          name: 'a.test.ts',
          status: 'failed',
          assertionResults: [passed, { status: 'failed' }, { status: 'failed' }],
        },
      ],
    };
    expect(failuresOf(report)).toEqual({ failed: 2, brokenFiles: [] });
  });

  it('counts a file whose beforeAll timed out, though its tests read as skipped', () => {
    const report = {
      success: false,
      numPassedTests: 5,
      numFailedTests: 0,
      numPendingTests: 20,
      testResults: [
        { name: 'ok.test.ts', status: 'passed', assertionResults: [passed] },
        {
          name: 'problemPages.test.ts',
          status: 'failed',
          assertionResults: Array(20).fill(skipped),
        },
        { name: 'broken.test.ts', status: 'failed', assertionResults: [] },
      ],
    };
    expect(failuresOf(report)).toEqual({
      failed: 2,
      brokenFiles: ['problemPages.test.ts', 'broken.test.ts'],
    });
  });

  it('counts an unsuccessful run with nothing else failed (an unhandled error)', () => {
    const report = {
      success: false,
      numPassedTests: 3,
      numFailedTests: 0,
      numPendingTests: 0,
      testResults: [],
    };
    expect(failuresOf(report).failed).toBe(1);
    expect(failuresOf({ ...report, success: true }).failed).toBe(0);
  });
});
