import {
  docsUrl,
  type ErrorCategory,
  type ErrorEntryShape,
  type ErrorSeverity,
  type ErrorSource,
  isMeetingError,
  isPlatformId,
  type PlatformId,
  UNKNOWN_ERROR_NAME,
} from '@org/error-codes';
import { isError } from './isError.js';
import { withSecretsOf } from './knownSecrets.js';
import { LEVEL_BY_SEVERITY, type LogLevel } from './levels.js';
import type { ResolvedOptions } from './options.js';
import { safeGet } from './safeGet.js';
import { redactString } from './scrub.js';
import { tables } from './tables.js';

/**
 * An error as ECS writes it nested under `error` (what the pino serializer and the
 * winston format put in the log line). `code`, `type`, `message` and `stack_trace`
 * are ECS fields; the catalog's own fields sit beside them with the same spelling.
 */
export interface EcsError {
  /** The code as a string (ECS `error.code` is a keyword), as it came when unknown. */
  readonly code?: string;
  /** The wire name (`INVALID_API_KEY`); an Error's name when the code is not a catalog code; else `UNKNOWN_ERROR`. */
  readonly type: string;
  readonly message: string;
  /** The line whose table read the code (`ios`, `flutter-3`…): the error's, else the options'; `'unknown'`: not read. */
  readonly platform: PlatformId | 'unknown';
  readonly category?: ErrorCategory;
  readonly source?: ErrorSource;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  /** The code's page on the docs site, for its own line (`/ios/errors/3008/`), for catalog codes. */
  readonly docs_path?: string;
  /** `docs_path` on your deployed docs site, when `docsBaseUrl` is set. */
  readonly docs_url?: string;
  readonly stack_trace?: string;
}

/** The class of the `error` objects `describeError` builds, so a serializer knows its own work. */
class Fields {}

export function isDescribed(value: unknown): value is EcsError {
  return value instanceof Fields;
}

/** Everything a log call needs to know about an error, worked out once. */
export interface Described {
  readonly level: LogLevel;
  /** The same text as `fields.message`: the log line's message. */
  readonly message: string;
  readonly fields: EcsError;
}

/**
 * Reads anything that can go wrong with the table of its platform, once; strings in the
 * result are cut and scrubbed, also of the secrets the input carries under secret keys
 * (`withSecretsOf`). Never throws.
 */
export function describeError(input: unknown, opts: ResolvedOptions): Described {
  return describeErrorWith(input, withSecretsOf(input, opts));
}

/** `describeError` with the input's known secrets already in `opts`. */
export function describeErrorWith(input: unknown, opts: ResolvedOptions): Described {
  try {
    return describeInput(input, opts);
  } catch {
    // Only a hostile input gets here (a Proxy whose every trap throws): it says nothing.
    return describeInput(undefined, opts);
  }
}

function describeInput(input: unknown, opts: ResolvedOptions): Described {
  const reading = read(input, opts.platform);
  const platform = reading.platform ?? opts.platform;
  const normalized = platform && tables[platform].normalizeError(reading.payload);
  const entry = normalized ? normalized.entry : undefined;
  const { code, text } = normalized
    ? { code: normalized.code, text: normalized.receivedMessage || normalized.message }
    : received(reading.payload);
  const message = redactString(reading.message || text || 'Unknown error', opts);
  // Built in ECS order (code, type, message, …) so the line reads well.
  const fields = new Fields() as { -readonly [K in keyof EcsError]: EcsError[K] };
  if (code !== undefined) fields.code = redactString(String(code), opts);
  fields.type = entry ? entry.name : redactString(reading.type || UNKNOWN_ERROR_NAME, opts);
  fields.message = message;
  fields.platform = platform ?? 'unknown';
  if (entry) {
    fields.category = entry.category;
    fields.source = entry.source;
  }
  fields.severity = entry ? entry.severity : 'error';
  fields.retryable = entry ? entry.retryable : false;
  if (normalized?.docPath !== undefined) fields.docs_path = normalized.docPath;
  const docs = entry && docsUrlOf(entry, opts);
  if (docs !== undefined) fields.docs_url = docs;
  if (reading.stack) fields.stack_trace = redactString(reading.stack, opts);
  return { level: LEVEL_BY_SEVERITY[fields.severity], message, fields };
}

/** What an input says by itself (`payload` is what a table reads), before any table is asked. */
interface Reading {
  readonly payload: unknown;
  readonly platform?: PlatformId | undefined;
  readonly message?: string | undefined;
  readonly type?: string | undefined;
  readonly stack?: string | undefined;
}

function read(input: unknown, platform: PlatformId | undefined): Reading {
  if (typeof input === 'string') {
    // A thrown string is a message, not a code.
    return looksLikeCode(input, platform)
      ? { payload: input }
      : { payload: undefined, message: input };
  }
  if (typeof input === 'boolean' || typeof input === 'bigint' || typeof input === 'symbol') {
    return { payload: undefined, message: String(input) };
  }
  if (typeof input !== 'object' || input === null) return { payload: input };
  if (isError(input)) {
    const meeting = isMeetingError(input);
    return {
      payload: input,
      platform: meeting ? platformOf(input) : undefined,
      message: readString(input, 'message'),
      type: readString(input, meeting ? 'errorName' : 'name'),
      stack: readString(input, 'stack'),
    };
  }
  // A normalized error, or a MeetingError's JSON form, says which table read its code.
  if (typeof safeGet(input, 'known') !== 'boolean') return { payload: input };
  return {
    payload: input,
    platform: platformOf(input),
    message: readString(input, 'receivedMessage'),
  };
}

function platformOf(input: object): PlatformId | undefined {
  const platform = safeGet(input, 'platform');
  return isPlatformId(platform) ? platform : undefined;
}

/** Digits, or a spelling the platform's table knows (any table's, with no platform). */
function looksLikeCode(value: string, platform: PlatformId | undefined): boolean {
  if (/^-?\d{1,15}$/.test(value)) return true;
  const names = platform ? [tables[platform]] : Object.values(tables);
  return names.some((table) => table.findError(value) !== undefined);
}

/** The code and message as received, for an input no table reads. */
function received(payload: unknown): { code: unknown; text: string | undefined } {
  if (typeof payload === 'number' || typeof payload === 'string') {
    return { code: payload, text: undefined };
  }
  const code = safeGet(payload, 'code');
  return {
    code: typeof code === 'number' || typeof code === 'string' ? code : undefined,
    text: readString(payload, 'message'),
  };
}

function readString(object: unknown, key: string): string | undefined {
  const value = safeGet(object, key);
  return typeof value === 'string' ? value : undefined;
}

/** The entry's docs page; none without a configured docs address (no placeholder link). */
function docsUrlOf(entry: ErrorEntryShape, opts: ResolvedOptions): string | undefined {
  if (opts.docsBaseUrl === undefined) return undefined;
  let url = opts.docsUrls.get(entry);
  if (url === undefined) {
    url = docsUrl(entry.platform, entry.code, { baseUrl: opts.docsBaseUrl });
    if (url === undefined) return undefined;
    opts.docsUrls.set(entry, url);
  }
  return url;
}
