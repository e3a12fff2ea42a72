import { type ErrorCode, type ErrorEntry, normalizeError } from '@org/error-codes';
import { formatMessage } from './formatMessage.js';
import { DEFAULT_SUPPORT_CONTACT } from './locales.js';
import type { Locale, LocaleMessages, MessageValues } from './types.js';

/** One error in one locale, ready to show or to serve. */
export interface LocalizedError {
  readonly known: boolean;
  /** The catalog code, or the code as received when unknown. */
  readonly code: number | string | undefined;
  /** The wire name, or 'UNKNOWN_ERROR'. */
  readonly name: string;
  readonly locale: Locale;
  readonly title: string;
  readonly description: string;
  readonly userMessage: string;
  readonly severity: 'fatal' | 'error' | 'warning';
  readonly retryable: boolean;
  readonly entry: ErrorEntry | undefined;
}

export interface LocalizeOptions {
  /** ICU arguments, such as the app's own `supportContact`. */
  readonly values?: MessageValues;
}

// Shown inside a sentence, an unknown code is cut short; the record keeps it whole.
const MAX_SHOWN_CODE = 32;

/**
 * Localizes anything `normalizeError` accepts (a code, a name, an SDK event, a
 * MeetingError, junk) with one locale's messages. Unknown codes get the locale's
 * generic texts naming the code. Never throws.
 */
export function localizeError(
  input: unknown,
  messages: LocaleMessages,
  options: LocalizeOptions = {},
): LocalizedError {
  const n = normalizeError(input);
  const texts = n.known ? messages.codes[n.code as ErrorCode] : messages.unknown;
  const shownCode =
    n.code === undefined
      ? '?'
      : String(n.code).length > MAX_SHOWN_CODE
        ? `${String(n.code).slice(0, MAX_SHOWN_CODE)}…`
        : String(n.code);
  const values = { supportContact: DEFAULT_SUPPORT_CONTACT, ...options.values, code: shownCode };
  return {
    known: n.known,
    code: n.code,
    name: n.name,
    locale: messages.locale,
    title: formatMessage(texts.title, values),
    description: formatMessage(texts.description, values),
    userMessage: formatMessage(texts.userMessage, values),
    severity: n.severity,
    retryable: n.retryable,
    entry: n.entry,
  };
}
