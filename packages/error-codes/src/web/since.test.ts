import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, installedJsSdks, sinceOf } from '../../scripts/jsSdkHistory.js';
import { readWebSdk } from '../../scripts/readWebSdk.js';
import { catalog } from './index.js';

const devDependencies = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).devDependencies;
// Every js-sdk installed side by side, read with the web reader, oldest first.
const history = installedJsSdks(devDependencies);

const countBy = (values: readonly (string | undefined)[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
};

describe('since: the first js-sdk version whose table holds a web code', () => {
  it('reads at least 0.3.6, 0.11.5 and 1.1.1 from real packages', () => {
    const versions = history.map((t) => t.version);
    expect(versions).toEqual(expect.arrayContaining(['0.3.6', '0.11.5', '1.1.1']));
    expect(versions.at(-1)).toBe(readWebSdk().version);
    expect(history.map((t) => codesOf(t).size)).toEqual([56, 60, 61, 61, 96, 160]);
  });

  it('gives every web entry the version that introduced it: 56 since 0.3.6 … 64 since 1.1.1', () => {
    expect(countBy(catalog.map((e) => e.since))).toEqual({
      '0.3.6': 56,
      '0.3.12': 4,
      '0.5.7': 1,
      '0.11.5': 35,
      '1.1.1': 64,
    });
  });

  it('is consistent with every version read: present from `since` on, absent before', () => {
    for (const e of catalog) {
      const first = history.findIndex((t) => t.version === e.since);
      expect(first).toBeGreaterThanOrEqual(0);
      history.forEach((t, i) => {
        expect(codesOf(t).get(e.code) === e.name, `${e.name} in ${t.version}`).toBe(i >= first);
      });
    }
  });

  it('refuses a history whose newest version is not the table read', () => {
    expect(() => sinceOf(history.slice(0, -1), readWebSdk())).toThrow(/newest js-sdk read/);
  });
});
