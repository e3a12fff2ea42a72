/**
 * Every line's table by id, and what follows from them all: the cross-line map,
 * each entry's twins on other lines, every entry a number names. Computed once at
 * load from the tables, so nothing about their relations is written down twice.
 * Only the root imports this: a line's entry point carries its own table alone.
 */
import { entries as flutter1 } from './flutter-1/table.generated.js';
import { entries as flutter3 } from './flutter-3/table.generated.js';
import { entries as ios } from './ios/table.generated.js';
import { crossLine } from './lines/crossLine.js';
import { type PlatformId, platformIds } from './lines/registry.generated.js';
import { entries as reactNative } from './react-native/table.generated.js';
import type { ErrorEntryShape } from './types.js';
import { entries as web } from './web/table.generated.js';

/** Every line's table, by line id: adding a line adds one row here. */
export const platformTables = {
  web,
  'react-native': reactNative,
  ios,
  'flutter-1': flutter1,
  'flutter-3': flutter3,
} as const satisfies { readonly [P in PlatformId]: readonly ErrorEntryShape[] };

/** An entry of any line's table. */
export type AnyErrorEntry = (typeof platformTables)[PlatformId][number];

/** Every meaning id of every line: texts, docs and logs are keyed by it. */
export type MeaningId = AnyErrorEntry['meaning'];

/** The meaning ids one line's table has. */
export type MeaningIdOf<P extends PlatformId> = (typeof platformTables)[P][number]['meaning'];

/** True for a string that names a line whose table the catalog holds. */
export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (platformIds as readonly string[]).includes(value);
}

let map: ReturnType<typeof crossLine> | undefined;
const cross = () => (map ??= crossLine(platformTables));

// Every entry grouped by meaning and by number, in registry order: built once, on
// first use, so twins and a number's entries are a Map get, not a walk of every table.
let grouped:
  | {
      readonly byMeaning: Map<string, AnyErrorEntry[]>;
      readonly byNumber: Map<number, AnyErrorEntry[]>;
    }
  | undefined;
const groups = () => {
  if (!grouped) {
    grouped = { byMeaning: new Map(), byNumber: new Map() };
    for (const id of platformIds) {
      for (const e of platformTables[id] as readonly AnyErrorEntry[]) {
        push(grouped.byMeaning, e.meaning, e);
        push(grouped.byNumber, e.code, e);
      }
    }
    // Shared with every caller: frozen, so no caller can change another's answer.
    for (const list of grouped.byNumber.values()) Object.freeze(list);
  }
  return grouped;
};
function push<K>(map: Map<K, AnyErrorEntry[]>, key: K, entry: AnyErrorEntry) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * The entries of the other lines that mean what `entry` means, in registry order,
 * whatever their numbers (iOS 3008's twin is web 3045). Anything that is not a
 * catalog entry has none; it never throws.
 */
export function twinsOf(entry: unknown): readonly AnyErrorEntry[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const { meaning, platform } = entry as { meaning?: unknown; platform?: unknown };
  if (typeof meaning !== 'string') return [];
  return (groups().byMeaning.get(meaning) ?? []).filter((e) => e.platform !== platform);
}

/** Every line's entry for a number, in registry order (`3008` on iOS and on Flutter 1.2.x…); never throws. */
export function entriesByNumber(code: unknown): readonly AnyErrorEntry[] {
  const n = typeof code === 'string' && /^\d{1,6}$/.test(code) ? Number(code) : code;
  if (typeof n !== 'number' || !Number.isInteger(n)) return [];
  return groups().byNumber.get(n) ?? [];
}

/** True where a number means different things on the lines that have it. */
export function isClash(code: unknown): boolean {
  return new Set(entriesByNumber(code).map((e) => e.meaning)).size > 1;
}

/** Meaning id → line id → code, for every meaning of every line. */
export const meanings = (): ReadonlyMap<string, ReadonlyMap<PlatformId, number>> =>
  cross().meanings as ReadonlyMap<string, ReadonlyMap<PlatformId, number>>;

/** Code → line id → meaning id, for every number of every line. */
export const numbers = (): ReadonlyMap<number, ReadonlyMap<PlatformId, string>> =>
  cross().numbers as ReadonlyMap<number, ReadonlyMap<PlatformId, string>>;
