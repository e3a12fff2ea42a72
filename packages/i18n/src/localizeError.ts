import { type ErrorCode, type ErrorEntry, normalizeError } from '@org/error-codes';
import { formatMessage } from './formatMessage.js';
import { DEFAULT_SUPPORT_CONTACT, defaultLocale } from './locales.js';
import { isLocale } from './resolveLocale.js';
import type { ErrorTexts, Locale, LocaleMessages, MessageValues } from './types.js';

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
  // With the code known, n.code is a catalog code; the cast only narrows the union.
  const texts = textsFor(messages, n.known ? (n.code as ErrorCode) : undefined);
  const shownCode =
    n.code === undefined
      ? '?'
      : String(n.code).length > MAX_SHOWN_CODE
        ? `${String(n.code).slice(0, MAX_SHOWN_CODE)}…`
        : String(n.code);
  const values = { supportContact: DEFAULT_SUPPORT_CONTACT, ...options?.values, code: shownCode };
  return {
    known: n.known,
    code: n.code,
    name: n.name,
    locale: isLocale(messages?.locale) ? messages.locale : defaultLocale,
    title: formatMessage(texts.title, values),
    description: formatMessage(texts.description, values),
    userMessage: formatMessage(texts.userMessage, values),
    severity: n.severity,
    retryable: n.retryable,
    entry: n.entry,
  };
}

/**
 * The texts of a code, falling back field by field to the bundle's generic texts,
 * then to the bare code: an app's own or an older bundle may lack a code or a
 * field, and a missing text must not break the error path it is meant to explain.
 * (No fallback to English here: that would put English in every app's bundle.)
 */
function textsFor(messages: LocaleMessages, code: ErrorCode | undefined): ErrorTexts {
  const own = code === undefined ? undefined : (messages?.codes?.[code] as ErrorTexts | undefined);
  const generic = messages?.unknown as ErrorTexts | undefined;
  const pick = (field: keyof ErrorTexts): string => {
    for (const candidate of [own, generic]) {
      const text = candidate?.[field];
      if (typeof text === 'string' && text) return text;
    }
    return '{code}';
  };
  return {
    title: pick('title'),
    description: pick('description'),
    userMessage: pick('userMessage'),
  };
}
