import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion, satisfies } from './semver.js';

const v = (s: string) => {
  const parsed = parseVersion(s);
  if (!parsed) throw new Error(`${s} is not a version`);
  return parsed;
};

describe('semver subset', () => {
  it('parses versions and refuses what is not one', () => {
    expect(parseVersion('4.0.0-beta.1')).toEqual({
      major: 4,
      minor: 0,
      patch: 0,
      prerelease: ['beta', 1],
    });
    for (const junk of [
      '',
      '1',
      '1.2',
      '01.2.3',
      '1.2.3.4',
      'a.b.c',
      '1.2.3-',
      ' ',
      null,
      1.2,
      {},
      '9'.repeat(300),
    ]) {
      expect(parseVersion(junk)).toBeUndefined();
    }
  });

  it('orders as Semantic Versioning 2.0.0 says (§11 example)', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort((a, b) => compareVersions(v(a), v(b)))).toEqual(ordered);
  });

  it('tests ranges: comparator sets joined by ||, prereleases only where named', () => {
    expect(satisfies(v('1.2.9'), '>=1.2.0 <1.3.0')).toBe(true);
    expect(satisfies(v('1.3.0'), '>=1.2.0 <1.3.0')).toBe(false);
    expect(satisfies(v('0.4.2'), '0.4.2')).toBe(true);
    expect(satisfies(v('0.4.2'), '=0.4.2')).toBe(true);
    expect(satisfies(v('3.5.0'), '>=3.1.0 <=3.2.0 || 4.0.0-beta.1')).toBe(false);
    expect(satisfies(v('4.0.0-beta.1'), '>=3.1.0 <=3.2.0 || 4.0.0-beta.1')).toBe(true);
    expect(satisfies(v('3.9.0-rc.1'), '>=3.0.0 <4.0.0')).toBe(false);
    expect(satisfies(v('1.0.0'), '')).toBe(false);
    expect(satisfies(v('1.0.0'), '>=x')).toBe(false);
    expect(satisfies(v('1.0.0'), '>1.0.0 || <1.0.0')).toBe(false);
  });
});
