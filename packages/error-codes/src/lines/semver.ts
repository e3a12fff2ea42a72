/**
 * The little of Semantic Versioning 2.0.0 the line lookup needs: parse a version,
 * compare two, and test one against a range written as npm writes them
 * (`>=1.2.0 <1.3.0`, `0.4.2`, `a || b`). Zero dependencies, never throws.
 */

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly (string | number)[];
}

const VERSION =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;
const MAX_LENGTH = 256;

/** A version, or `undefined` for anything that is not one (`'1.2'`, `'latest'`, junk). */
export function parseVersion(input: unknown): Version | undefined {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return undefined;
  const m = VERSION.exec(input.trim());
  if (!m) return undefined;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  const prerelease = m[4] ? m[4].split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [];
  return { major, minor, patch, prerelease };
}

/** Negative, zero or positive, as `a` sorts before, with or after `b` (prereleases first). */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return Math.sign(b.prerelease.length - a.prerelease.length);
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return Math.sign(x - y);
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

const COMPARATOR = /^(>=|<=|>|<|=)?(.+)$/;

/**
 * Whether `version` falls in `range`: comparator sets joined by `||`, each a list of
 * `>=`, `<=`, `>`, `<` or exact versions that must all hold. A malformed range
 * matches nothing. A prerelease matches only where the range names that prerelease
 * or another of the same major.minor.patch, as npm does.
 */
export function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((set) => {
    const comparators = set.trim().split(/\s+/).filter(Boolean);
    if (comparators.length === 0) return false;
    let prereleaseAllowed = version.prerelease.length === 0;
    const holds = comparators.every((c) => {
      const m = COMPARATOR.exec(c);
      const bound = m ? parseVersion(m[2]) : undefined;
      if (!m || !bound) return false;
      if (
        bound.prerelease.length > 0 &&
        bound.major === version.major &&
        bound.minor === version.minor &&
        bound.patch === version.patch
      ) {
        prereleaseAllowed = true;
      }
      const order = compareVersions(version, bound);
      switch (m[1]) {
        case '>=':
          return order >= 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        case '<':
          return order < 0;
        default:
          return order === 0;
      }
    });
    return holds && prereleaseAllowed;
  });
}
