import { type LineId, lines } from './registry.generated.js';
import { parseVersion, satisfies } from './semver.js';
import type { LineInfo } from './types.js';

/** A line the lookup knows, as an error names it. */
export interface KnownRange {
  readonly line: LineId;
  readonly package: string;
  readonly versions: string;
}

/** What `lineFor` answers: the line, or why there is none and which ranges are known. */
export type LineLookup =
  | { readonly ok: true; readonly line: LineInfo }
  | { readonly ok: false; readonly reason: string; readonly known: readonly KnownRange[] };

const MAX_INPUT = 256;

const rangesOf = (line: LineInfo): KnownRange[] => [
  { line: line.id, package: line.sdk.package, versions: line.sdk.versions },
  ...line.alsoIn.map((a) => ({ line: line.id, package: a.package, versions: a.versions })),
];

// A call the bundler may drop whole (a PURE mark does not cover the argument's flatMap).
const rangesOfAll = (all: readonly LineInfo[]): readonly KnownRange[] =>
  Object.freeze(all.flatMap(rangesOf));
const allRanges: readonly KnownRange[] = /* @__PURE__ */ rangesOfAll(lines);

const describe = (ranges: readonly KnownRange[]) =>
  ranges.map((r) => `${r.line} (${r.package} ${r.versions})`).join(', ');

/**
 * The SDK version line that covers an app's SDK: `lineFor('videosdk', '3.8.0')`
 * is Flutter 3.x, `lineFor('videosdk', '1.2.4')` Flutter 1.2.x. Where no line
 * covers it (an unknown package, a version between lines, a line without a table,
 * junk) the answer says why and lists the known ranges; it never guesses a line
 * and never throws.
 */
export function lineFor(sdkPackage: unknown, version: unknown): LineLookup {
  if (typeof sdkPackage !== 'string' || sdkPackage.trim() === '' || sdkPackage.length > MAX_INPUT) {
    return { ok: false, reason: 'the SDK package must be a non-empty string', known: allRanges };
  }
  const name = sdkPackage.trim();
  const ofPackage = allRanges.filter((r) => r.package.toLowerCase() === name.toLowerCase());
  if (ofPackage.length === 0) {
    return {
      ok: false,
      reason: `"${name.slice(0, 80)}" is not an SDK package the catalog knows; known: ${describe(allRanges)}`,
      known: allRanges,
    };
  }
  const parsed = parseVersion(version);
  if (!parsed) {
    const shown = typeof version === 'string' ? `"${version.slice(0, 40)}"` : typeof version;
    return {
      ok: false,
      reason: `${shown} is not a version (x.y.z); known for ${name}: ${describe(ofPackage)}`,
      known: ofPackage,
    };
  }
  const hit = ofPackage.find((r) => satisfies(parsed, r.versions));
  const line = hit && (lines as readonly LineInfo[]).find((l) => l.id === hit.line);
  if (!line) {
    return {
      ok: false,
      reason: `${name} ${String(version).trim()} is in no line the catalog knows; known for ${name}: ${describe(ofPackage)}`,
      known: ofPackage,
    };
  }
  if (!line.hasTable) {
    return {
      ok: false,
      reason:
        `${name} ${String(version).trim()} is the ${line.label} line, which has no table: ${line.note ?? ''}`.trim(),
      known: ofPackage,
    };
  }
  return { ok: true, line };
}

/** True for a string that is one of the registry's line ids. */
export function isLineId(value: unknown): value is LineId {
  return typeof value === 'string' && (lines as readonly LineInfo[]).some((l) => l.id === value);
}
