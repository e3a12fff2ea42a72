/** The terms every locale translates one way only, checked across every meaning by a test. */
export const glossaryTerms = [
  'meeting',
  'participant',
  'host',
  'screen-share',
  'recording',
  'livestream',
  'hls',
  'transcription',
  'translation',
  'whiteboard',
  'api-key',
  'token',
  'try-again',
  'browser',
  'subscription',
  'realtime-store',
  'media-relay',
  'retry',
  'log',
] as const;

export type GlossaryTerm = (typeof glossaryTerms)[number];

/**
 * One locale's glossary: for each term, the forms that count as its one
 * translation (the first is the base form; the others its inflections or the
 * verb/noun pair, matched case-insensitively as substrings). In English the forms
 * are what marks a text as using the term.
 */
export type Glossary = Readonly<Record<GlossaryTerm, readonly [string, ...string[]]>>;

/**
 * Terms that may share words because they are one idea in two registers: "retry"
 * is the developer's word for an end user's "try again", and most locales say both
 * the same way.
 */
export const synonymTerms: readonly (readonly [GlossaryTerm, GlossaryTerm])[] = [
  ['try-again', 'retry'],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a locale text contains a glossary form. A form matches as a substring,
 * case-insensitively; a form ending in `$` must also end a word there (no letter or
 * combining mark follows), so Arabic `مشارك$` (participant) is not found inside
 * `مشاركة` (sharing). A form written `/…/` is a regular expression, for a script
 * without spaces: ja `/(?<![ァ-ヺ])ログ/` is the log, not the ログ in カタログ.
 */
export function hasForm(text: string, form: string): boolean {
  if (form.length > 2 && form.startsWith('/') && form.endsWith('/'))
    return new RegExp(form.slice(1, -1), 'iu').test(text);
  if (!form.endsWith('$')) return text.toLocaleLowerCase().includes(form.toLocaleLowerCase());
  return new RegExp(`${escapeRegExp(form.slice(0, -1))}(?![\\p{L}\\p{M}])`, 'iu').test(text);
}

/** Whether a locale text uses a term: any of its forms. */
export const usesTerm = (text: string, forms: readonly string[]) =>
  forms.some((f) => hasForm(text, f));

/**
 * Code is not prose: method and event names (`meeting.send()`, `meeting-joined`),
 * constants (`RECORD_AUDIO`), backticked spans and links name no term.
 */
export const CODE =
  /`[^`]*`|https?:\/\/\S+|\b[\w$]+(?:[.-][\w$]+)+(?:\(\))?|\b[\w$]+\(\)|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g;

/** A text with its code taken out. */
export const proseOf = (text: string) => text.replace(CODE, ' ');

/** Whether an English text uses a term: a prose word that starts with one of its forms (`record` in `recording`). */
export const englishUses = (text: string, forms: readonly string[]) => {
  const prose = proseOf(text);
  // A hyphenated form ("screen-share") is prose that the code pattern would take out.
  return forms.some((f) =>
    new RegExp(`\\b${escapeRegExp(f).replace(/ /g, '\\s+')}`, 'i').test(
      f.includes('-') ? text : prose,
    ),
  );
};
