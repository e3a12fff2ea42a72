import {
  type LineId,
  type LineInfo,
  lines,
  type PlatformId,
  type UnknownReason,
  unknownReasonOf,
} from '@org/error-codes';

export type { UnknownReason };

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
    .map((l) => ({ line: l.id, reason: unknownReasonOf(l) }));
}

/** The lines with a table among them, for a given reason. */
export function linesFor(missing: readonly UnknownOn[], reason: UnknownReason): PlatformId[] {
  return missing.filter((m) => m.reason === reason).map((m) => m.line as PlatformId);
}
