/**
 * A word index over the search haystacks of one localized catalog, built once at
 * start-up, so that a search never scans the entries' texts.
 *
 * What it answers is exactly what `matchesSearch` of @org/error-codes-i18n answers (a
 * test holds the two equal on every locale): a query word holds no white space, so it
 * occurs in a haystack exactly when it occurs inside one of the haystack's
 * white-space-separated tokens. The index keeps each distinct token with the entries
 * holding it, and maps each bigram and trigram of the tokens to the tokens holding it.
 * A word is looked up in the tokens that hold its rarest trigram (its bigram, for a
 * two-character word): those that contain the word give, together, every entry that
 * contains it. Tokens are short and shared by many entries, so this checks a few
 * dozen short strings where a scan would read every entry's texts.
 *
 * A one-character word is not indexed: the rows it leaves are only candidates, and
 * `queryCatalog` checks the words against them.
 */
import { type SearchableRow, searchTerms } from '@org/error-codes-i18n';

export interface SearchResult<R> {
  /** The rows, in catalog order. */
  readonly rows: readonly R[];
  /** True when the rows hold every word exactly (no word was too short to look up). */
  readonly exact: boolean;
}

export interface SearchIndex<R extends SearchableRow> {
  /** The rows holding every word of `q` (all rows when it has none). */
  search(q: string | undefined): SearchResult<R>;
}

const WHITE_SPACE = /\s+/;

function push(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export function buildSearchIndex<R extends SearchableRow>(rows: readonly R[]): SearchIndex<R> {
  const entriesOf = new Map<string, number[]>();
  rows.forEach((row, position) => {
    for (const token of row.haystack.split(WHITE_SPACE)) {
      if (token !== '') push(entriesOf, token, position);
    }
  });
  const tokens = [...entriesOf.keys()];
  const postings = tokens.map((token) => entriesOf.get(token) as number[]);
  const grams = new Map<string, number[]>();
  tokens.forEach((token, id) => {
    for (let k = 0; k + 2 <= token.length; k++) {
      push(grams, token.slice(k, k + 2), id);
      if (k + 3 <= token.length) push(grams, token.slice(k, k + 3), id);
    }
  });

  /** Marks, per entry, the entries holding `term`; false when it is too short to look up. */
  function mark(term: string, marks: Uint8Array, round: number): boolean {
    if (term.length < 2) return false;
    let holders: readonly number[] | undefined;
    if (term.length === 2) holders = grams.get(term);
    else {
      for (let k = 0; k + 3 <= term.length; k++) {
        const list = grams.get(term.slice(k, k + 3));
        if (list === undefined) return true;
        if (holders === undefined || list.length < holders.length) holders = list;
      }
    }
    for (const id of holders ?? []) {
      if (term.length > 3 && !(tokens[id] as string).includes(term)) continue;
      for (const position of postings[id] as number[]) {
        // An entry stays only if every earlier word marked it too.
        if (marks[position] === round) marks[position] = round + 1;
      }
    }
    return true;
  }

  return {
    search(q) {
      const terms = searchTerms(q);
      const marks = new Uint8Array(rows.length);
      let round = 0;
      let exact = true;
      for (const term of terms) {
        if (mark(term, marks, round)) round++;
        else exact = false;
      }
      if (round === 0) return { rows, exact };
      const kept: R[] = [];
      for (let position = 0; position < rows.length; position++) {
        if (marks[position] === round) kept.push(rows[position] as R);
      }
      return { rows: kept, exact };
    },
  };
}
