/**
 * What a `{platform}` path segment that is not a line with a table names, read from
 * the core's registry: an SDK whose version lines number codes differently
 * (`flutter`: `flutter-1` or `flutter-3`, never a default), a line the catalog holds
 * no table for (`android`), or nothing at all.
 */
import { type LineInfo, lines, type PlatformInfo, platforms } from '@org/error-codes';

export type SegmentMiss =
  | { readonly kind: 'version-lines'; readonly lines: readonly PlatformInfo[] }
  | { readonly kind: 'no-table'; readonly line: LineInfo }
  | { readonly kind: 'unknown' };

const VERSION_SUFFIX = /-[0-9]+$/;

/** The lines of each id less its version suffix: `flutter` → `flutter-1`, `flutter-3`. */
export const versionLines: ReadonlyMap<string, readonly PlatformInfo[]> = (() => {
  const groups = new Map<string, PlatformInfo[]>();
  for (const info of platforms) {
    if (!VERSION_SUFFIX.test(info.id)) continue;
    const sdk = info.id.replace(VERSION_SUFFIX, '');
    groups.set(sdk, [...(groups.get(sdk) ?? []), info]);
  }
  return groups;
})();

/** The lines the catalog knows but holds no table for (`android`). */
export const linesWithoutTable: readonly LineInfo[] = lines.filter((line) => !line.hasTable);

export function classifySegment(segment: string): SegmentMiss {
  const withoutTable = linesWithoutTable.find((line) => line.id === segment);
  if (withoutTable !== undefined) return { kind: 'no-table', line: withoutTable };
  const versioned = versionLines.get(segment);
  if (versioned !== undefined) return { kind: 'version-lines', lines: versioned };
  return { kind: 'unknown' };
}
