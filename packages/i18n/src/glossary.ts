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
] as const;

export type GlossaryTerm = (typeof glossaryTerms)[number];

/**
 * One locale's glossary: for each term, the forms that count as its one
 * translation (the first is the base form; the others its inflections or the
 * verb/noun pair, matched case-insensitively as substrings). In English the forms
 * are what marks a text as using the term.
 */
export type Glossary = Readonly<Record<GlossaryTerm, readonly [string, ...string[]]>>;
