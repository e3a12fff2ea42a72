import type { LocalizedEntry } from './localizeEntry.js';

/** The fields the search looks at: a localized entry, or anything shaped like one. */
export type SearchableEntry = Partial<
  Pick<
    LocalizedEntry,
    | 'code'
    | 'name'
    | 'aliases'
    | 'meaning'
    | 'message'
    | 'title'
    | 'userTitle'
    | 'description'
    | 'userMessage'
    | 'causes'
  >
>;

/** Queries are user input: longer ones are cut to this many characters before anything else. */
export const MAX_SEARCH_QUERY_LENGTH = 256;
/** Words of a query beyond this many are ignored. */
export const MAX_SEARCH_TERMS = 8;

/*
 * Marks removed after NFKD, chosen per script rather than "every \p{M}":
 * - U+0300–U+036F: the accents Latin, Greek and Cyrillic letters decompose into
 *   (é → e + U+0301), so `camara` finds `Cámara` and `uber` finds `über`.
 * - U+064B–U+065F, U+0670: Arabic harakat, shadda and the hamza/madda that NFKD splits off
 *   alef, waw and yeh. Everyday Arabic is written without them, so a query typed without
 *   them must still find `يُرجى` or `أ`. U+0640 (tatweel) only stretches a word.
 * Every other mark stays: Devanagari vowel signs and virama (Mn/Mc) are the vowels
 * themselves (`कम` and `काम` are different words), and the Japanese voicing marks
 * U+3099/U+309A make `か` and `が` different kana. Both sides of a match go through the
 * same NFKD, so composed and decomposed spellings, and full- and half-width forms, agree.
 */
const FOLDED_MARKS = /[\u0300-\u036f\u0640\u064b-\u065f\u0670]/g;
const WORD = /\S+/g;
/** Texts write `can’t`; keyboards type `can't`. */
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/**
 * The form both a haystack and a query are compared in: compatibility decomposition
 * (`ＴＯＫＥＮ` → `TOKEN`, `ﬁ` → `fi`), lower case (Unicode's default mapping, the same on
 * every machine whatever its locale), the marks above removed, `ß` as `ss` (the upper
 * case of `ß` is `SS`, so a user typing capitals writes `ss`), and curly apostrophes straight.
 */
export function fold(text: string): string {
  const folded = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(FOLDED_MARKS, '')
    .replace(CURLY_APOSTROPHE, "'");
  return folded.includes('ß') ? folded.replace(/ß/g, 'ss') : folded;
}

function field(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/**
 * The lines of a haystack, in order: what each holds and how much a word found there
 * counts when results are ranked (`rankRows`). Names are the wire name and its aliases,
 * each also with spaces for `_`, so `api key` finds `INVALID_API_KEY`.
 */
export const searchFields = [
  'code',
  'names',
  'meaning',
  'message',
  'title',
  'userTitle',
  'description',
  'userMessage',
  'causes',
] as const;

/**
 * Everything the search looks at for one localized entry, folded into one string of
 * `searchFields.length` lines, one per field of `searchFields` (several names or causes
 * share their line, tab-separated): the code, the wire name and its aliases, the
 * meaning id, the SDK message verbatim, and the localized titles, description, user
 * message and causes. Fields are kept on their own lines so a query word never spans
 * two of them, and so the ranking knows where a word was found. Compute it once per
 * entry and locale; never throws (junk fields count as empty).
 */
export function searchText(entry: SearchableEntry): string {
  const names = [entry?.name, ...(Array.isArray(entry?.aliases) ? entry.aliases : [])]
    .map(field)
    .filter((n) => n !== '');
  const spaced = names.filter((n) => n.includes('_')).map((n) => n.replace(/_/g, ' '));
  const causes = Array.isArray(entry?.causes) ? entry.causes.map(field) : [];
  return fold(
    [
      clean(field(entry?.code)),
      [...names, ...spaced].map(clean).join('\t'),
      clean(field(entry?.meaning).replace(/-/g, ' ')),
      clean(field(entry?.message)),
      clean(field(entry?.title)),
      clean(field(entry?.userTitle)),
      clean(field(entry?.description)),
      clean(field(entry?.userMessage)),
      causes.map(clean).join('\t'),
    ].join('\n'),
  );
}

/** A field's own line breaks and tabs become spaces: they separate the haystack's fields. */
function clean(text: string): string {
  return /[\n\t]/.test(text) ? text.replace(/[\n\t]/g, ' ') : text;
}

/**
 * The words of a query, folded like `searchText`: split on white space, at most
 * `MAX_SEARCH_TERMS` of them, from at most `MAX_SEARCH_QUERY_LENGTH` characters.
 * `[]` (match everything) for an empty or non-string query. Never throws.
 */
export function searchTerms(query: unknown): readonly string[] {
  if (typeof query !== 'string' || query === '') return [];
  let head =
    query.length > MAX_SEARCH_QUERY_LENGTH ? query.slice(0, MAX_SEARCH_QUERY_LENGTH) : query;
  // Do not leave half of a surrogate pair (an emoji, a rare CJK ideograph) at the cut.
  if (head.length < query.length && /[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  const terms: string[] = [];
  const folded = fold(head);
  WORD.lastIndex = 0;
  for (
    let m = WORD.exec(folded);
    m !== null && terms.length < MAX_SEARCH_TERMS;
    m = WORD.exec(folded)
  ) {
    terms.push(m[0]);
  }
  return terms;
}

/** Whether every term occurs in the haystack (no terms: true). Never throws. */
export function matchesSearch(haystack: string, terms: readonly string[]): boolean {
  if (!Array.isArray(terms)) return true;
  const hay = typeof haystack === 'string' ? haystack : '';
  for (const term of terms) {
    if (typeof term !== 'string' || !hay.includes(term)) return false;
  }
  return true;
}
