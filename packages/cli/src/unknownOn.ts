import { type LineId, type LineInfo, lines, type PlatformId } from '@org/error-codes';

/**
 * Why a line has no entry for an input, in the words the API's explain route uses:
 * its complete table has no such entry, its table is incomplete (unknown there, never
 * read with another line's table), or the catalog has no table for it.
 */
export type UnknownReason = 'not-in-table' | 'table-incomplete' | 'no-table';

export interface UnknownOn {
  readonly line: LineId;
  readonly reason: UnknownReason;
}

/** The registry's lines (one, with `--platform`) that have none of `found`'s entries, and why. */
export function unknownOn(
  found: readonly PlatformId[],
  platform: PlatformId | undefined,
): UnknownOn[] {
  return (lines as readonly LineInfo[])
    .filter((l) => (platform === undefined || l.id === platform) && !found.some((f) => f === l.id))
    .map((l) => ({
      line: l.id,
      reason: !l.hasTable ? 'no-table' : l.complete ? 'not-in-table' : 'table-incomplete',
    }));
}

/** The lines with a table among them, for a given reason. */
export function linesFor(missing: readonly UnknownOn[], reason: UnknownReason): PlatformId[] {
  return missing.filter((m) => m.reason === reason).map((m) => m.line as PlatformId);
}
