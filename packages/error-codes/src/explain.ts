import { type PlatformId, platformIds } from './lines/registry.generated.js';
import { type AnyErrorEntry, isClash, platformTables, twinsOf } from './platformTables.js';
import type { ErrorEntryShape } from './types.js';

export type { AnyErrorEntry };

/** How an input matched: by code number, by wire name, by an alias, or by meaning id. */
export type MatchedBy = 'code' | 'name' | 'alias' | 'meaning';

export interface ExplainMatch {
  readonly platform: PlatformId;
  readonly entry: AnyErrorEntry;
  readonly matchedBy: MatchedBy;
  /** The entries of the other lines that mean the same thing (their codes may differ). */
  readonly sameMeaning: readonly AnyErrorEntry[];
}

export interface Explanation {
  /** The input as it was read (trimmed), or `null` when it was not a code, name or id at all. */
  readonly query: string | null;
  /** Every meaning of the input on every line, in registry order (web first). */
  readonly matches: readonly ExplainMatch[];
  /** True when the input is a number that means different things on different lines. */
  readonly clash: boolean;
}

const MAX_INPUT = 100;

/**
 * Every meaning of a number (`3008`, `'3008'`), a wire name or an alias (any case),
 * or a meaning id (`'camera-in-use'`) on every line, with a flag where one number
 * means different things: an Err.exe-style lookup for people and tools. Never
 * throws; anything else gives no matches.
 */
export function explain(input: unknown): Explanation {
  const query = readQuery(input);
  if (query === null) return { query, matches: [], clash: false };
  const matches: ExplainMatch[] = [];
  for (const platform of platformIds) {
    for (const entry of platformTables[platform] as readonly AnyErrorEntry[]) {
      const matchedBy = matchOf(entry, query);
      if (matchedBy) matches.push({ platform, entry, matchedBy, sameMeaning: twinsOf(entry) });
    }
  }
  return { query, matches, clash: /^\d{4}$/.test(query) && isClash(query) };
}

function readQuery(input: unknown): string | null {
  if (typeof input === 'number') return Number.isInteger(input) ? String(input) : null;
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_INPUT ? trimmed : null;
}

function matchOf(entry: ErrorEntryShape, query: string): MatchedBy | undefined {
  if (String(entry.code) === query) return 'code';
  const upper = query.toUpperCase();
  if (entry.name === upper) return 'name';
  if (entry.aliases.includes(upper)) return 'alias';
  if (entry.meaning === query.toLowerCase()) return 'meaning';
  return undefined;
}
