/**
 * An n-gram index over the search haystacks of one localized catalog, built once at
 * start-up so that a search looks at the few entries that can match instead of
 * every one. It only narrows: what matches is still decided by `queryCatalog` of
 * @org/error-codes-i18n (the one query seam), run on the candidates the index keeps.
 *
 * Why it loses nothing: `matchesSearch` asks whether each query word occurs in the
 * haystack, and a word occurs only where each of its trigrams occurs (its bigram, for
 * a two-character word). The index maps each bigram and trigram of the folded
 * haystacks (`searchableRows`) to the entries holding it; the entries holding a
 * word's rarest trigram, intersected over the words of the query, include every entry
 * that holds them all. A one-character word does not narrow.
 */
import { type SearchableRow, searchTerms } from '@org/error-codes-i18n';

/** Entry positions, ascending. */
type Postings = readonly number[];

export interface SearchIndex<R extends SearchableRow> {
  /** The rows that may hold every word of `q`, in catalog order (all rows for no words). */
  candidates(q: string | undefined): readonly R[];
}

function add(index: Map<string, number[]>, gram: string, position: number): void {
  const list = index.get(gram);
  if (list === undefined) index.set(gram, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function intersect(a: Postings, b: Postings): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

export function buildSearchIndex<R extends SearchableRow>(rows: readonly R[]): SearchIndex<R> {
  const grams = new Map<string, number[]>();
  rows.forEach((row, position) => {
    const text = row.haystack;
    for (let k = 0; k + 2 <= text.length; k++) {
      add(grams, text.slice(k, k + 2), position);
      if (k + 3 <= text.length) add(grams, text.slice(k, k + 3), position);
    }
  });

  /**
   * The positions that may hold `term`: those holding its rarest n-gram (the shortest
   * list, no copy; `queryCatalog` checks the rest). `undefined` when it does not narrow.
   */
  function positionsOf(term: string): Postings | undefined {
    if (term.length < 2) return undefined;
    if (term.length === 2) return grams.get(term) ?? [];
    let rarest: Postings | undefined;
    for (let k = 0; k + 3 <= term.length; k++) {
      const list = grams.get(term.slice(k, k + 3));
      if (list === undefined) return [];
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    return rarest;
  }

  return {
    candidates(q) {
      let kept: Postings | undefined;
      for (const term of searchTerms(q)) {
        const positions = positionsOf(term);
        if (positions === undefined) continue;
        kept = kept === undefined ? positions : intersect(kept, positions);
        if (kept.length === 0) return [];
      }
      return kept === undefined ? rows : kept.map((position) => rows[position] as R);
    },
  };
}
