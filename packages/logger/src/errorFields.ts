import {
  docsUrl,
  type ErrorCategory,
  type ErrorSeverity,
  type ErrorSource,
  findError,
  isMeetingError,
  type NormalizedError,
  normalizeError,
  UNKNOWN_ERROR_NAME,
} from '@org/error-codes';
import { type LoggerOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { isError, redactString } from './redact.js';

/**
 * An error as ECS writes it nested under `error` (what the pino serializer and the
 * winston format put in the log line). The first four are ECS fields; the catalog's
 * own fields sit beside them with the same snake_case spelling.
 */
export interface EcsError {
  /** The code as a string (ECS `error.code` is a keyword), as it came when unknown. */
  readonly code?: string;
  /** The wire name (`INVALID_API_KEY`); an Error's name when the code is not a catalog code; else `UNKNOWN_ERROR`. */
  readonly type: string;
  readonly message: string;
  readonly category?: ErrorCategory;
  readonly source?: ErrorSource;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  /** The code's page on the docs site, for catalog codes. */
  readonly docs_url?: string;
  readonly stack_trace?: string;
}

/**
 * The same fields with dotted names (`error.code`), the flat form OpenTelemetry
 * attributes take (`span.setAttributes(errorFields(err))`).
 */
export interface ErrorFields {
  readonly 'error.code'?: string;
  readonly 'error.type': string;
  readonly 'error.message': string;
  readonly 'error.category'?: ErrorCategory;
  readonly 'error.source'?: ErrorSource;
  readonly 'error.severity': ErrorSeverity;
  readonly 'error.retryable': boolean;
  readonly 'error.docs_url'?: string;
  readonly 'error.stack_trace'?: string;
}

/**
 * ECS / OpenTelemetry fields of anything that can go wrong: a code (`4001`, `'4001'`,
 * `'INVALID_API_KEY'`), an SDK error event `{ code, message }`, a `MeetingError`, any
 * other Error or thrown value. Unknown codes are kept as they came; strings are cut
 * and cleared of tokens as `redact` does. Never throws.
 */
export function errorFields(input: unknown, options?: LoggerOptions): ErrorFields {
  const error = describeError(input, resolveOptions(options));
  const fields: Record<string, unknown> = {};
  for (const key in error) fields[`error.${key}`] = error[key as keyof EcsError];
  return fields as unknown as ErrorFields;
}

/** `errorFields` in the nested form, for the adapters. */
export function describeError(input: unknown, opts: ResolvedOptions): EcsError {
  try {
    return describe(input, opts);
  } catch {
    // Only a hostile input gets here (a Proxy whose every trap throws).
    return {
      type: UNKNOWN_ERROR_NAME,
      message: 'Unknown error',
      severity: 'error',
      retryable: false,
    };
  }
}

/** What an input says by itself, before the catalog is asked about its code. */
interface Reading {
  /** What `normalizeError` is given. */
  readonly payload: unknown;
  readonly message: string | undefined;
  readonly type: string | undefined;
  readonly stack: string | undefined;
}

function read(input: unknown): Reading {
  if (typeof input === 'string' && !looksLikeCode(input)) {
    // A thrown string is a message, not a code.
    return { payload: undefined, message: input, type: undefined, stack: undefined };
  }
  if (isError(input)) {
    return {
      payload: input,
      message: readString(input, 'message'),
      type: readString(input, isMeetingError(input) ? 'errorName' : 'name'),
      stack: readString(input, 'stack'),
    };
  }
  if (typeof input === 'boolean' || typeof input === 'bigint' || typeof input === 'symbol') {
    return { payload: undefined, message: String(input), type: undefined, stack: undefined };
  }
  return { payload: input, message: undefined, type: undefined, stack: undefined };
}

function pickMessage(reading: Reading, normalized: NormalizedError, opts: ResolvedOptions): string {
  return redactString(reading.message || normalized.receivedMessage || normalized.message, opts);
}

/** The `message` of `errorFields(input)` alone: the log line's `msg`. Never throws. */
export function messageOf(input: unknown, opts: ResolvedOptions): string {
  try {
    const reading = read(input);
    return pickMessage(reading, normalizeError(reading.payload), opts);
  } catch {
    return 'Unknown error';
  }
}

function describe(input: unknown, opts: ResolvedOptions): EcsError {
  const reading = read(input);
  const normalized = normalizeError(reading.payload);
  const entry = normalized.entry;
  // Built in ECS order (code, type, message, …) so the line reads well.
  const error = (
    normalized.code === undefined
      ? { type: '', message: '' }
      : { code: redactString(String(normalized.code), opts), type: '', message: '' }
  ) as { -readonly [K in keyof EcsError]: EcsError[K] };
  error.type = entry ? entry.name : redactString(reading.type || normalized.name, opts);
  error.message = pickMessage(reading, normalized, opts);
  if (entry) {
    error.category = entry.category;
    error.source = entry.source;
  }
  error.severity = normalized.severity;
  error.retryable = normalized.retryable;
  if (entry) error.docs_url = cachedDocsUrl(entry.code, opts.docsBaseUrl);
  if (reading.stack) error.stack_trace = redactString(reading.stack, opts);
  return error;
}

function looksLikeCode(value: string): boolean {
  return findError(value) !== undefined || /^-?\d{1,15}$/.test(value);
}

function readString(object: object, key: string): string | undefined {
  try {
    const value = (object as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const docsUrls = new Map<string, string>();

function cachedDocsUrl(code: number, baseUrl: string | undefined): string {
  const key = `${code} ${baseUrl ?? ''}`;
  let url = docsUrls.get(key);
  if (url === undefined) {
    url = docsUrl(code, baseUrl === undefined ? {} : { baseUrl });
    if (docsUrls.size >= 1024) docsUrls.clear();
    docsUrls.set(key, url);
  }
  return url;
}
