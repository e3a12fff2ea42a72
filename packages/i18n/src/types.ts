import type { ErrorCode } from '@org/error-codes';
import type { locales, pseudoLocale } from './locales.js';

/** A locale this package ships: the nine real ones and the pseudo-locale `en-XA`. */
export type Locale = (typeof locales)[number] | typeof pseudoLocale;

/** The three texts of one code in one locale. ICU MessageFormat strings. */
export interface ErrorTexts {
  /** A short heading: a few words. */
  readonly title: string;
  /** A faithful rendering of the SDK message, for developers and support. */
  readonly description: string;
  /** Plain words safe to show an end user: no internal field names, no blame, what to do next. */
  readonly userMessage: string;
}

/**
 * Every text of one locale. The mapped type makes a locale that misses a code or
 * a field, or has a code the catalog lacks, fail to compile.
 */
export interface LocaleMessages {
  readonly locale: Locale;
  /** The generic texts for a code the catalog does not know; they take `{code}`. */
  readonly unknown: ErrorTexts;
  readonly codes: { readonly [C in ErrorCode]: ErrorTexts };
}

/** ICU argument values. `supportContact` has a default; `code` is set for unknown codes. */
export type MessageValues = Readonly<Record<string, string | number>>;
