import type { LineInfo } from './types.js';

/**
 * Why a line has no entry for an input: its complete table has none (its SDK never
 * sends it), its table is incomplete (the input is unknown there, and never read with
 * another line's table), or the catalog has no table for the line.
 */
export const unknownReasons = ['not-in-table', 'table-incomplete', 'no-table'] as const;

export type UnknownReason = (typeof unknownReasons)[number];

/** The reason a line without a match gives, from its registry record. */
export function unknownReasonOf(line: Pick<LineInfo, 'hasTable' | 'complete'>): UnknownReason {
  if (!line.hasTable) return 'no-table';
  return line.complete ? 'not-in-table' : 'table-incomplete';
}
