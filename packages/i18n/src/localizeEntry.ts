import type {
  ErrorCategory,
  ErrorEntryShape,
  ErrorFeature,
  ErrorSeverity,
  ErrorSource,
  NormalizedError,
  PlatformId,
  RetryPolicy,
} from '@org/error-codes';
import { actors } from './actors.js';
import { type Audience, isAudience } from './audiences.js';
import { formatMessage } from './formatMessage.js';
import { defaultLocale, englishSupportTeam } from './localeList.js';
import { direction, isLocale } from './resolveLocale.js';
import { causesOn, endUserTexts, isLine, surfaceOf } from './surface.js';
import type { FixStep, Locale, MeaningTexts, MessageValues, PlatformMessages } from './types.js';

/**
 * One error in one locale, ready to show, log or serve: the catalog entry's fields,
 * every text in the locale (with the line's surface words applied), and the names of
 * its category, severity, source, feature and platform. The one read model that
 * React, the CLI, the API and the docs use (the logger reads the core's entries and
 * writes no localized text).
 */
export interface LocalizedEntry {
  readonly known: boolean;
  readonly platform: PlatformId;
  /** The catalog code, or the code as received when unknown. */
  readonly code: number | string | undefined;
  /** The wire name, or 'UNKNOWN_ERROR'. */
  readonly name: string;
  readonly meaning: string | undefined;
  readonly aliases: readonly string[];
  /** The wire text, verbatim (English); `null` where none is known. */
  readonly message: string | null;
  readonly sdkDescription: string | null;
  readonly category: ErrorCategory | undefined;
  readonly source: ErrorSource | undefined;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  /** How the app may repeat the call by itself; `null` unless `retryable`. */
  readonly retry: RetryPolicy | null;
  readonly feature: ErrorFeature | null;
  readonly locale: Locale;
  /** Whose end-user words these are: the `audience` asked for, else `host` (the meaning's own). */
  readonly audience: Audience;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly userTitle: string;
  readonly description: string;
  readonly userMessage: string;
  readonly causes: readonly string[];
  readonly fixes: readonly FixStep[];
  readonly labels: {
    readonly platform: string;
    readonly category: string | undefined;
    readonly severity: string;
    readonly source: string | undefined;
    readonly feature: string | undefined;
  };
}

export interface LocalizeOptions {
  /**
   * ICU arguments, such as the app's own `supportContact` (an address, a URL, a
   * phone number); without it, end-user texts name the locale's `labels.supportTeam`.
   */
  readonly values?: MessageValues;
  /**
   * Who reads the end-user words: `host` (the default: the meaning's own words),
   * `participant` or `viewer`, whose words never ask them to do what only a host can
   * (start a broadcast again). Anything else counts as `host`.
   */
  readonly audience?: Audience;
}

// Shown inside a sentence, an unknown code is cut short; the record keeps it whole.
const MAX_SHOWN_CODE = 32;
const ACTORS = new Set<string>(actors);

/**
 * Localizes a catalog entry, or what a platform's `normalizeError` returned (known
 * or not), with one platform's messages in one locale. Unknown codes get the
 * locale's generic texts naming the code. Never throws, whatever it is given.
 */
export function localizeEntry(
  subject: ErrorEntryShape | NormalizedError | undefined,
  messages: PlatformMessages,
  options: LocalizeOptions = {},
): LocalizedEntry {
  const entry = entryOf(subject);
  const received = codeOf(subject, entry);
  const platform: PlatformId = entry?.platform ?? platformOf(messages, subject);
  const own = entry
    ? (readOwn(messages?.meanings, entry.meaning) as MeaningTexts | undefined)
    : undefined;
  const generic = messages?.unknown as MeaningTexts | undefined;
  const audience: Audience = isAudience(readOwn(options, 'audience'))
    ? (readOwn(options, 'audience') as Audience)
    : 'host';
  const words = endUserTexts(own, surfaceOf(platform), audience);
  const shownCode =
    received === undefined
      ? '?'
      : String(received).length > MAX_SHOWN_CODE
        ? `${String(received).slice(0, MAX_SHOWN_CODE)}…`
        : String(received);
  const locale = isLocale(messages?.locale) ? messages.locale : defaultLocale;
  const dir = direction(locale);
  // Without a contact of the app's own, end users are sent to the app's support team
  // in their language, never to the SDK vendor's address: they cannot act for the app.
  // An app's contact left unset (`undefined`, `''`, an unset environment variable)
  // counts as none.
  const given =
    typeof options?.values === 'object' && options.values !== null ? options.values : {};
  const contact = readOwn(given, 'supportContact');
  const values = {
    ...given,
    supportContact:
      (typeof contact === 'string' && contact.trim() !== '') || typeof contact === 'number'
        ? contact
        : labelOf(messages?.labels, 'supportTeam') || englishSupportTeam,
    code: shownCode,
  };
  const format = (text: string) => formatMessage(text, values, { dir });
  const list = <T>(value: unknown, ok: (v: unknown) => v is T): T[] =>
    Array.isArray(value) ? value.filter(ok) : [];
  const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
  const isStep = (v: unknown): v is FixStep =>
    typeof v === 'object' &&
    v !== null &&
    ACTORS.has((v as FixStep).by) &&
    isText((v as FixStep).text);
  // An end user never reads a bogus code ("error ?", "error [object Object]"): without
  // an entry or a code an SDK could send, the end-user message is the generic step
  // ("Try again. If it keeps happening, contact …"), which names no code.
  const genericStep = list(generic?.fixes, isStep).find((s) => s.by === 'user')?.text;
  const userMessageOverride = !entry && !isSdkCode(received) ? genericStep : undefined;
  const text = (field: 'title' | 'userTitle' | 'description' | 'userMessage'): string => {
    if (field === 'userMessage' && userMessageOverride) return format(userMessageOverride);
    const mine = field === 'userTitle' || field === 'userMessage' ? words[field] : own?.[field];
    for (const candidate of [mine, generic?.[field]]) {
      if (typeof candidate === 'string' && candidate) return format(candidate);
    }
    return shownCode;
  };
  const causes = list(causesOn(own, surfaceOf(platform)) ?? generic?.causes, isText).map(format);
  const fixes = list(words.fixes ?? generic?.fixes, isStep).map((s) => ({
    by: s.by,
    text: format(s.text),
  }));
  const labels = messages?.labels;
  const severity = entry?.severity ?? 'error';
  return {
    known: entry !== undefined,
    platform,
    code: entry?.code ?? received,
    name: entry?.name ?? 'UNKNOWN_ERROR',
    meaning: entry?.meaning,
    aliases: entry?.aliases ?? [],
    message: entry ? entry.message : receivedMessage(subject),
    sdkDescription: entry?.sdkDescription ?? null,
    category: entry?.category,
    source: entry?.source,
    severity,
    retryable: entry?.retryable ?? false,
    retry: entry?.retry ?? null,
    feature: entry?.feature ?? null,
    locale,
    audience,
    dir,
    title: text('title'),
    userTitle: text('userTitle'),
    description: text('description'),
    userMessage: text('userMessage'),
    causes,
    fixes,
    labels: {
      platform: labelOf(labels?.platforms, platform) ?? platform,
      category: labelOf(labels?.categories, entry?.category),
      severity: labelOf(labels?.severities, severity) ?? severity,
      source: labelOf(labels?.sources, entry?.source),
      feature: labelOf(labels?.features, entry?.feature ?? undefined),
    },
  };
}

/** A code an SDK could send: a positive integer, or its digits as a string. */
function isSdkCode(code: unknown): boolean {
  return typeof code === 'number'
    ? Number.isSafeInteger(code) && code > 0
    : typeof code === 'string' && /^[1-9]\d{0,8}$/.test(code);
}

function entryOf(subject: unknown): ErrorEntryShape | undefined {
  if (typeof subject !== 'object' || subject === null) return undefined;
  const s = subject as Partial<NormalizedError> & Partial<ErrorEntryShape>;
  try {
    if (typeof s.known === 'boolean') return s.known ? (s.entry as ErrorEntryShape) : undefined;
    return typeof s.meaning === 'string' &&
      typeof s.code === 'number' &&
      typeof s.platform === 'string'
      ? (s as ErrorEntryShape)
      : undefined;
  } catch {
    return undefined;
  }
}

function codeOf(subject: unknown, entry: ErrorEntryShape | undefined): number | string | undefined {
  if (entry) return entry.code;
  try {
    const code = (subject as { code?: unknown } | null)?.code;
    return typeof code === 'number' || typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

function receivedMessage(subject: unknown): string | null {
  try {
    const m = (subject as { receivedMessage?: unknown } | null)?.receivedMessage;
    return typeof m === 'string' ? m : null;
  } catch {
    return null;
  }
}

function platformOf(messages: PlatformMessages, subject: unknown): PlatformId {
  try {
    const p = (subject as { platform?: unknown } | null)?.platform;
    if (isLine(p)) return p;
    const m = messages?.platform;
    return isLine(m) ? m : 'web';
  } catch {
    return 'web';
  }
}

/** An own property only: a meaning id is data, never a way into a prototype. */
function readOwn(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

function labelOf(record: unknown, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const value = readOwn(record, key);
  return typeof value === 'string' ? value : undefined;
}
