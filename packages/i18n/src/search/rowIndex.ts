import { searchFields } from '../search.js';

/** What the index reads of a row: its haystack (`searchText`). */
export interface IndexedRow {
  readonly haystack: string;
}

/**
 * A word index over the haystacks of one localized catalog, built on the first search
 * of those rows and kept (a `WeakMap` on the rows array) while their haystacks stay
 * the same, so each (line, locale) pays for it once and a search never scans texts.
 *
 * Keys are the haystack's words (split on white space), each with the lines holding
 * it (a line is one field of one row: `row * FIELD_COUNT + field`), and each pair of
 * neighbouring words of a line run together (`screen share` → `screenshare`), so a
 * word typed without its space (`screenshar`) is found too. Every bigram and trigram
 * of a key points to the keys holding it: a word is looked up in the keys holding its
 * rarest trigram, which gives every key that contains it (a prefix or any part).
 */
export interface RowIndex {
  readonly haystacks: readonly string[];
  /** Each field of each row, folded: `lines[row * FIELD_COUNT + field]`. */
  readonly lines: readonly string[];
  readonly keys: readonly string[];
  /** Per key: the key without the punctuation around it (`blocked.` → `blocked`). */
  readonly bareKeys: readonly string[];
  /** Per key: 1 when it is two words run together. */
  readonly joined: Uint8Array;
  /** Per key: the lines holding it, ascending. */
  readonly postings: readonly (readonly number[])[];
  readonly grams: ReadonlyMap<string, readonly number[]>;
  /** The words of the titles, names and meaning ids, with how many rows hold each: what a suggestion may offer. */
  readonly vocabulary: ReadonlyMap<string, number>;
}

export const FIELD_COUNT = searchFields.length;
const TITLE_FIELDS = new Set<number>(
  (['names', 'meaning', 'title', 'userTitle'] as const).map((f) => searchFields.indexOf(f)),
);
const PUNCTUATION_AT_ENDS = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const WORD = /\S+/g;

/** A word without the punctuation around it (`blocked.` → `blocked`). */
export function bare(word: string): string {
  return word.replace(PUNCTUATION_AT_ENDS, '');
}

function push(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

const memo = new WeakMap<readonly IndexedRow[], RowIndex>();

/** The index of these rows: built once, rebuilt only when a row's haystack has changed. */
export function rowIndex(rows: readonly IndexedRow[]): RowIndex {
  const kept = memo.get(rows);
  if (
    kept !== undefined &&
    kept.haystacks.length === rows.length &&
    rows.every((row, i) => row?.haystack === kept.haystacks[i])
  ) {
    return kept;
  }
  const built = build(rows);
  memo.set(rows, built);
  return built;
}

function build(rows: readonly IndexedRow[]): RowIndex {
  const haystacks = rows.map((row) => (typeof row?.haystack === 'string' ? row.haystack : ''));
  const lines: string[] = [];
  const linesOf = new Map<string, number[]>();
  const pairs = new Set<string>();
  const words = new Set<string>();
  const rowsOfWord = new Map<string, number[]>();
  haystacks.forEach((haystack, row) => {
    const fields = haystack.split('\n');
    for (let field = 0; field < FIELD_COUNT; field++) {
      const line = fields[field] ?? '';
      const id = row * FIELD_COUNT + field;
      lines.push(line);
      for (const part of line.split('\t')) {
        let previous: string | undefined;
        WORD.lastIndex = 0;
        for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
          const word = m[0];
          push(linesOf, word, id);
          words.add(word);
          if (previous !== undefined) {
            push(linesOf, previous + word, id);
            pairs.add(previous + word);
          }
          previous = word;
          if (TITLE_FIELDS.has(field)) {
            for (const piece of bare(word).split(/[_-]/)) {
              if (piece.length >= 3) push(rowsOfWord, piece, row);
            }
          }
        }
      }
    }
  });
  const keys = [...linesOf.keys()];
  const joined = new Uint8Array(keys.length);
  const postings = keys.map((key, id) => {
    // A word that also occurs on its own is a word, whatever pair spells it too.
    if (pairs.has(key) && !words.has(key)) joined[id] = 1;
    return (linesOf.get(key) as number[]).sort((a, b) => a - b);
  });
  const grams = new Map<string, number[]>();
  keys.forEach((key, id) => {
    for (let k = 0; k + 2 <= key.length; k++) {
      push(grams, key.slice(k, k + 2), id);
      if (k + 3 <= key.length) push(grams, key.slice(k, k + 3), id);
    }
  });
  const vocabulary = new Map<string, number>();
  for (const [word, holders] of rowsOfWord) {
    // Digits and one-off junk are no word to suggest.
    if (/\p{L}/u.test(word)) vocabulary.set(word, holders.length);
  }
  return { haystacks, lines, keys, bareKeys: keys.map(bare), joined, postings, grams, vocabulary };
}

/**
 * Calls `visit` with each line holding `text` (a word, a part of one, or a phrase of
 * words) and how well it matched: 1 a whole word (or the phrase), 0.8 the start of a
 * word, 0.5 inside a word, 0.5 across two words run together. A line may come more
 * than once (through several keys); keep its best quality. Never throws.
 */
export function eachLineHolding(
  index: RowIndex,
  text: string,
  visit: (line: number, quality: number) => void,
): void {
  if (text === '') return;
  if (text.includes(' ')) {
    const words = text.split(' ').filter((w) => w !== '');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    const seen = new Set<number>();
    eachLineHolding(index, longest, (line) => {
      if (seen.has(line)) return;
      seen.add(line);
      if ((index.lines[line] as string).includes(text)) visit(line, 1);
    });
    return;
  }
  for (const keyId of keysHolding(index, text)) {
    const key = index.keys[keyId] as string;
    const bareKey = index.bareKeys[keyId] as string;
    const quality = index.joined[keyId]
      ? 0.5
      : key === text || bareKey === text
        ? 1
        : key.startsWith(text) || bareKey.startsWith(text)
          ? 0.8
          : 0.5;
    for (const line of index.postings[keyId] as number[]) visit(line, quality);
  }
}

/** The lines holding `text`, each with its best quality (see `eachLineHolding`). */
export function linesHolding(index: RowIndex, text: string): Map<number, number> {
  const found = new Map<number, number>();
  eachLineHolding(index, text, (line, quality) => {
    if ((found.get(line) ?? 0) < quality) found.set(line, quality);
  });
  return found;
}

function keysHolding(index: RowIndex, text: string): number[] {
  let candidates: readonly number[] | undefined;
  if (text.length === 1) {
    const all: number[] = [];
    index.keys.forEach((key, id) => {
      if (key.includes(text)) all.push(id);
    });
    return all;
  }
  if (text.length === 2) candidates = index.grams.get(text);
  else {
    for (let k = 0; k + 3 <= text.length; k++) {
      const list = index.grams.get(text.slice(k, k + 3));
      if (list === undefined) return [];
      if (candidates === undefined || list.length < candidates.length) candidates = list;
    }
  }
  if (candidates === undefined) return [];
  return text.length <= 3
    ? [...candidates]
    : candidates.filter((id) => (index.keys[id] as string).includes(text));
}
