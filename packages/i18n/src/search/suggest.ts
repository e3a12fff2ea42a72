import { searchTerms } from '../search.js';
import { type IndexedRow, linesHolding, rowIndex } from './rowIndex.js';

/** How far a typed word may be from a word of the titles: one edit up to five letters, two up to nine, three beyond. */
function maxDistance(length: number): number {
  return length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, and two
 * neighbours swapped: `micorphone`), or `limit + 1` as soon as it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      current.push(d);
      if (d < lowest) lowest = d;
    }
    if (lowest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * A query to try when `q` finds nothing: each word found nowhere in the rows is
 * replaced by the nearest word of their titles, names and meaning ids (fewest edits,
 * then the word more rows hold, then alphabetical, so the answer is the same on every
 * run). `undefined` when no word is misspelt that way, or nothing is near enough.
 */
export function suggestQuery(rows: readonly IndexedRow[], q: unknown): string | undefined {
  const terms = searchTerms(q);
  if (terms.length === 0) return undefined;
  const index = rowIndex(rows);
  let changed = false;
  const suggested = terms.map((term) => {
    if (linesHolding(index, term).size > 0 || term.length < 3) return term;
    const limit = maxDistance(term.length);
    let choice: string | undefined;
    let choiceDistance = limit + 1;
    let choiceRows = 0;
    for (const [word, holders] of index.vocabulary) {
      const d = editDistance(term, word, Math.min(limit, choiceDistance));
      if (
        d < choiceDistance ||
        (d === choiceDistance &&
          choice !== undefined &&
          (holders > choiceRows || (holders === choiceRows && word < choice)))
      ) {
        choice = word;
        choiceDistance = d;
        choiceRows = holders;
      }
    }
    if (choice === undefined || choiceDistance > limit) return term;
    changed = true;
    return choice;
  });
  return changed ? suggested.join(' ') : undefined;
}
