/**
 * The links between every line's table, computed from the tables themselves:
 * for each meaning its code on each line, for each number its meaning on each
 * line. Entries that mean the same thing share a meaning id whatever their
 * number (iOS 3008 and web 3045 are both `video-produce-codec-not-supported`).
 */
interface Linked {
  readonly code: number;
  readonly meaning: string;
}

export type LineTables = Readonly<Record<string, readonly Linked[]>>;

export interface CrossLine {
  /** Meaning id → line id → code. */
  readonly meanings: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Code → line id → meaning id. */
  readonly numbers: ReadonlyMap<number, ReadonlyMap<string, string>>;
}

export function crossLine(tables: LineTables): CrossLine {
  const meanings = new Map<string, Map<string, number>>();
  const numbers = new Map<number, Map<string, string>>();
  for (const [line, entries] of Object.entries(tables)) {
    for (const e of entries) {
      if (!meanings.has(e.meaning)) meanings.set(e.meaning, new Map());
      meanings.get(e.meaning)?.set(line, e.code);
      if (!numbers.has(e.code)) numbers.set(e.code, new Map());
      numbers.get(e.code)?.set(line, e.meaning);
    }
  }
  return { meanings, numbers };
}

/** The numbers both lines have that mean different things on each: the clashes between two lines. */
export function clashingNumbers(map: CrossLine, a: string, b: string): number[] {
  const out: number[] = [];
  for (const [code, byLine] of map.numbers) {
    const x = byLine.get(a);
    const y = byLine.get(b);
    if (x !== undefined && y !== undefined && x !== y) out.push(code);
  }
  return out.sort((p, q) => p - q);
}

/** The meanings only the given lines have (a line's new meanings when `lines` is that line). */
export function meaningsOnlyOn(map: CrossLine, lines: readonly string[]): string[] {
  return [...map.meanings]
    .filter(([, byLine]) => [...byLine.keys()].every((l) => lines.includes(l)))
    .map(([m]) => m)
    .sort();
}
