import { searchFields, searchTerms } from '../search.js';
import {
  eachLineHolding,
  FIELD_COUNT,
  type IndexedRow,
  type RowIndex,
  rowIndex,
} from './rowIndex.js';
import { type LocaleSearchWords, searchWordsOf } from './synonyms.js';

/**
 * How much a word found in a field counts: an exact code or wire name first (see
 * `groupScores`), then the title, a word of a wire name, the end-user title, the
 * meaning id, the description, and the rest.
 */
const fieldWeights: Readonly<Record<(typeof searchFields)[number], number>> = {
  code: 10,
  names: 5,
  title: 6,
  userTitle: 4.5,
  meaning: 4,
  description: 2.5,
  userMessage: 2,
  message: 2,
  causes: 1.5,
};
const WEIGHTS = searchFields.map((f) => fieldWeights[f]);
const CODE = searchFields.indexOf('code');
const NAMES = searchFields.indexOf('names');
/**
 * Fields where every word of a query found together makes a better match, and by how
 * much: a title that says what was asked is what a person looks for first.
 */
const TOGETHER = (
  [
    ['title', 2],
    ['userTitle', 2],
    ['names', 1.5],
  ] as const
).map(([f, boost]) => ({ bit: 1 << searchFields.indexOf(f), boost }));

/** A form of a query word or phrase: the word as typed (1), another form of it (0.85), a synonym (0.7). */
interface Alternative {
  readonly text: string;
  readonly factor: number;
}

/** One word (or phrase) of a query and the forms that stand for it: a row must hold one. */
export interface TermGroup {
  readonly term: string;
  readonly alternatives: readonly Alternative[];
}

const MAX_PHRASE_WORDS = 3;
const QUOTES_AND_STOPS = /^[\p{Pi}\p{Ps}"'«„]+|[\p{Pf}\p{Pe}"'».,;:!?…]+$/gu;

/** A word's other forms: its endings taken off, leaving at least four characters. */
function stems(word: string, words: LocaleSearchWords): string[] {
  const out: string[] = [];
  if (word.length < 5) return out;
  for (const suffix of words.suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      out.push(word.slice(0, -suffix.length));
      if (out.length === 2) break;
    }
  }
  return out;
}

function synonymsOf(text: string, words: LocaleSearchWords): readonly string[] {
  return Object.hasOwn(words.synonyms, text) ? (words.synonyms[text] ?? []) : [];
}

/**
 * The groups of a query's words in a locale: phrases the locale's synonyms know
 * (`too many`) are one group, the stop words are dropped (unless nothing else is
 * left), and each group carries its word, its other forms and its synonyms.
 */
export function termGroups(terms: readonly string[], locale: unknown): TermGroup[] {
  const words = searchWordsOf(locale);
  const groups: TermGroup[] = [];
  const stop = new Set(words.stopWords);
  const meaningful: TermGroup[] = [];
  for (let i = 0; i < terms.length; ) {
    let size = Math.min(MAX_PHRASE_WORDS, terms.length - i);
    while (size > 1 && synonymsOf(terms.slice(i, i + size).join(' '), words).length === 0) size--;
    const term = terms.slice(i, i + size).join(' ');
    i += size;
    const alternatives = new Map<string, number>([[term, 1]]);
    const add = (text: string, factor: number) => {
      if (text !== '' && (alternatives.get(text) ?? 0) < factor) alternatives.set(text, factor);
    };
    // A word in quotes or before a full stop (`"camera"`, `blocked?`) is also the bare
    // word; a leading `-`, `_`, `$` or `#` is part of what was typed (`--help`, `__proto__`).
    const bareTerm = term.replace(QUOTES_AND_STOPS, '');
    if (bareTerm !== term) add(bareTerm, 0.95);
    // A word of the phrase itself (`already` for `already running`) says less than the phrase.
    const own = new Set(term.split(' '));
    for (const synonym of synonymsOf(term, words)) add(synonym, own.has(synonym) ? 0.5 : 0.7);
    if (size === 1) {
      for (const stem of stems(bareTerm, words)) {
        add(stem, 0.85);
        for (const synonym of synonymsOf(stem, words)) add(synonym, 0.7);
      }
    }
    const group = {
      term,
      alternatives: [...alternatives].map(([text, factor]) => ({ text, factor })),
    };
    groups.push(group);
    if (size > 1 || !stop.has(term)) meaningful.push(group);
  }
  return meaningful.length > 0 ? meaningful : groups;
}

/** The rows a search keeps, best first, and whether they hold only some of its words. */
export interface Ranking {
  readonly positions: readonly number[];
  /** True when no kept row holds every word of the query (a word found nowhere, or never with the others). */
  readonly partial: boolean;
  /** True when some word of the query is in no row the filters keep: a suggestion may help. */
  readonly unmatched: boolean;
}

/** A row holding less than this share of the query's weight (by rarity) is left out. */
const MIN_COVERAGE = 0.5;

/**
 * The positions of the rows that hold the query's words, best first. Each group (a
 * word, another form of it, or a synonym) weighs by how rare it is among the rows the
 * filters keep (`idf`: a rare word says more), so a row holding the telling words of a
 * question is found even without its common ones ("recording already running" finds
 * "Operation already in progress"). A row is kept when it holds at least half of the
 * query's weight; groups found in no row are left out of that weight (and make the
 * ranking `unmatched`). A row's score adds, per group, the best field it was found in
 * (by `fieldWeights` and how well it matched) and a little for each further field
 * (term frequency, light), times the group's weight; then it is multiplied by the
 * share of the weight the row holds, and by 2 when every word sits, as typed or in
 * another form (not a synonym), in one title (1.5 in one wire name). Ties keep the rows' order. `allowed` says which rows the filters keep.
 */
export function rankRows(
  rows: readonly IndexedRow[],
  q: unknown,
  locale: unknown,
  allowed: (position: number) => boolean,
): Ranking {
  const index = rowIndex(rows);
  const groups = termGroups(searchTerms(q), locale);
  const count = rows.length;
  const total = new Float64Array(count);
  const weight = new Float64Array(count);
  let weightOfAll = 0;
  let unmatched = false;
  let together: Int32Array | undefined;
  for (const group of groups) {
    const { best, sum, fields } = groupScores(index, group, count);
    let df = 0;
    for (let row = 0; row < count; row++) if ((best[row] as number) > 0 && allowed(row)) df++;
    if (df === 0) {
      unmatched = true;
      continue;
    }
    const idf = Math.log(1 + count / df);
    weightOfAll += idf;
    for (let row = 0; row < count; row++) {
      const b = best[row] as number;
      if (b === 0) continue;
      const tf = Math.min(((sum[row] as number) - b) * 0.1, b * 0.5);
      total[row] = (total[row] as number) + idf * (b + tf);
      weight[row] = (weight[row] as number) + idf;
    }
    if (together === undefined) together = fields;
    else {
      for (let row = 0; row < count; row++) {
        together[row] = (together[row] as number) & (fields[row] as number);
      }
    }
  }
  const kept: number[] = [];
  const score = new Float64Array(count);
  let complete = false;
  for (let row = 0; row < count; row++) {
    const coverage = weightOfAll > 0 ? (weight[row] as number) / weightOfAll : 0;
    if (coverage < MIN_COVERAGE || !allowed(row)) continue;
    if (coverage > 0.999_999) complete = true;
    let s = (total[row] as number) * coverage;
    if (groups.length > 1 && coverage > 0.999_999 && together !== undefined) {
      const bits = together[row] as number;
      s *= TOGETHER.find(({ bit }) => bits & bit)?.boost ?? 1;
    }
    score[row] = s;
    kept.push(row);
  }
  kept.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  return { positions: kept, partial: kept.length > 0 && (unmatched || !complete), unmatched };
}

/** Per row: the group's best field score, the sum over fields, and the fields holding it as typed (bits). */
function groupScores(index: RowIndex, group: TermGroup, count: number) {
  // Per line: the best score, and whether the word as typed (not a synonym) is there.
  const lineCount = count * FIELD_COUNT;
  const { perLine, literal } = scratchOf(index, lineCount);
  const touched: number[] = [];
  for (const { text, factor } of group.alternatives) {
    eachLineHolding(index, text, (line, quality) => {
      if (line >= lineCount) return;
      const field = line % FIELD_COUNT;
      let score = (WEIGHTS[field] as number) * quality * factor;
      // The code or a wire name typed in full (underscores and all) is the answer.
      if (quality === 1 && field === CODE) score *= 10;
      else if (quality === 1 && field === NAMES && text.includes('_')) score *= 4;
      const before = perLine[line] as number;
      if (before === 0) touched.push(line);
      if (before < score) perLine[line] = score;
      if (factor >= 0.85) literal[line] = 1;
    });
  }
  const best = new Float64Array(count);
  const sum = new Float64Array(count);
  const fields = new Int32Array(count);
  for (const line of touched) {
    const score = perLine[line] as number;
    const row = Math.floor(line / FIELD_COUNT);
    if ((best[row] as number) < score) best[row] = score;
    sum[row] = (sum[row] as number) + score;
    if (literal[line]) fields[row] = (fields[row] as number) | (1 << (line % FIELD_COUNT));
    // Left clean for the next group (a search never runs inside another).
    perLine[line] = 0;
    literal[line] = 0;
  }
  return { best, sum, fields };
}

/** Per-line buffers kept with an index, so a search allocates no array the size of the texts. */
const scratches = new WeakMap<RowIndex, { perLine: Float64Array; literal: Uint8Array }>();

function scratchOf(index: RowIndex, lineCount: number) {
  let scratch = scratches.get(index);
  if (scratch === undefined || scratch.perLine.length < lineCount) {
    scratch = { perLine: new Float64Array(lineCount), literal: new Uint8Array(lineCount) };
    scratches.set(index, scratch);
  }
  return scratch;
}
