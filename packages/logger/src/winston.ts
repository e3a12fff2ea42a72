import { describeErrorWith } from './ecsError.js';
import { isError } from './isError.js';
import { withSecretsOf } from './knownSecrets.js';
import type { LogLevel } from './levels.js';
import {
  DEFAULT_OPTIONS,
  type LoggerOptions,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
import { safeGet } from './safeGet.js';
import { redactString, scrub } from './scrub.js';
import { DROP, redactFields, redactWith } from './walker.js';

export type { EcsError } from './ecsError.js';
export type { LoggerOptions } from './options.js';

// triple-beam's keys, by their registered names: no import of winston at run time.
const LEVEL = Symbol.for('level');
const SPLAT = Symbol.for('splat');
const MESSAGE = Symbol.for('message');
/** Marks a record `logError` made, with what it was given: the format works it out again. */
const LOG_ERROR = Symbol('logError');

/** What `logError` hands `errorFormat`, under `LOG_ERROR`: the call as it was made. */
interface LoggedError {
  readonly error: unknown;
  /** The level names of the logger: the format picks the level. */
  readonly names: LevelNames;
  readonly message: string | undefined;
  /** The context as given (each getter read once), and as redacted with the defaults. */
  readonly raw: Record<string, unknown>;
  readonly clean: Record<string, unknown>;
}

/**
 * Properties winston copies from an Error onto the record (`logger.error(err)`,
 * `logger.error('msg', err)`) that the `error` object now holds.
 */
const ABSORBED =
  'name code errorName platform meaning known severity retryable docPath docUrl entry stack cause'.split(
    ' ',
  );

export interface ErrorFormatOptions extends LoggerOptions {
  /** Set the level of a record with an error to the error's (default `true`); `false` keeps the caller's. */
  readonly setLevel?: boolean | undefined;
  /** Level names for loggers whose levels are not npm's: `{ warn: 'warning' }` for syslog's. */
  readonly levelNames?:
    | { readonly error?: string | undefined; readonly warn?: string | undefined }
    | undefined;
}

/** A logform format: what `winston.format.combine` takes. Structurally `Logform.Format`. */
export interface ErrorFormat {
  readonly options: ErrorFormatOptions;
  transform(info: WinstonInfo): WinstonInfo;
}

/** A winston log record (`info`): `level`, `message`, metadata and triple-beam's symbols. */
export interface WinstonInfo {
  [key: string | symbol]: unknown;
  level: string;
  message: unknown;
}

/**
 * A winston format that writes the record's error (from `info.error`, `info.err`, the
 * record itself or the splat) as an ECS `error` object, sets the level from it, and
 * redacts the whole record into a new one. Put it first:
 * `format.combine(errorFormat({ platform: 'web' }), format.timestamp(), format.json())`.
 */
export function errorFormat(given: ErrorFormatOptions = {}): ErrorFormat {
  const options: ErrorFormatOptions = typeof given === 'object' && given !== null ? given : {};
  const opts = resolveOptions(options);
  const levelNames = options.levelNames;
  const names: LevelNames | undefined = levelNames
    ? { error: levelNames.error ?? 'error', warn: levelNames.warn ?? 'warn' }
    : undefined;
  const setLevel = options.setLevel !== false;
  return { options, transform: (info) => transform(info, opts, names, setLevel) };
}

type LevelNames = Readonly<Record<LogLevel, string>>;
const NPM_NAMES: LevelNames = { error: 'error', warn: 'warn' };
const SYSLOG_NAMES: LevelNames = { error: 'error', warn: 'warning' };

/** The record's error, and the key it is under (none when winston spread it over the record). */
function locate(info: WinstonInfo): { value: unknown; key?: 'error' | 'err' } | undefined {
  if (isError(info)) return { value: info };
  const error = safeGet(info, 'error');
  if (error !== undefined && error !== null) return { value: error, key: 'error' };
  const err = safeGet(info, 'err');
  if (err !== undefined && err !== null) return { value: err, key: 'err' };
  const splat = safeGet(info, SPLAT);
  if (Array.isArray(splat)) {
    for (const item of splat) {
      if (isError(item) || (typeof item === 'object' && item !== null && 'code' in item)) {
        return { value: item };
      }
    }
  }
  return undefined;
}

const keep = (value: unknown) => value;
const drop = () => DROP;

function transform(
  info: WinstonInfo,
  opts: ResolvedOptions,
  names: LevelNames | undefined,
  setLevel: boolean,
): WinstonInfo {
  if (typeof info !== 'object' || info === null) return info;
  const logged = safeGet(info, LOG_ERROR) as LoggedError | undefined;
  if (logged) return transform(asLogged(info, logged), opts, names, setLevel);
  const found = locate(info);
  // The key the error is under, or what winston copied from the error onto the record.
  const moved = found?.key
    ? [found.key]
    : ABSORBED.filter(
        (key) =>
          found &&
          safeGet(info, key) === safeGet(found.value, key) &&
          safeGet(info, key) !== undefined,
      );
  const symbols = Object.getOwnPropertySymbols(info);
  // The error's own secrets (an `apiKey` field) go from the whole record.
  const scoped = found ? withSecretsOf(found.value, opts) : opts;
  const out: Record<string | symbol, unknown> = redactFields(
    info,
    scoped,
    (key) => (moved.includes(key) ? drop : undefined),
    found !== undefined || symbols.length > 0,
  );
  if (out === info) return info;
  for (const symbol of symbols) {
    const value = safeGet(info, symbol);
    if (symbol === SPLAT) out[symbol] = redactWith(value, scoped);
    // A line an earlier format finished: tokens and secret parameters out, no cut.
    else if (symbol === MESSAGE && typeof value === 'string') out[symbol] = scrub(value, scoped);
    else if (symbol !== LOGGED_BY) out[symbol] = value;
  }
  const result = out as WinstonInfo;
  if (!found) return result;

  const described = describeErrorWith(found.value, scoped);
  const message = safeGet(info, 'message');
  result.message =
    typeof message === 'string' && message !== ''
      ? redactString(message, scoped)
      : described.message;
  result.error = described.fields;
  const loggedBy = safeGet(info, LOGGED_BY) as LevelNames | undefined;
  if (setLevel || loggedBy) {
    const level = (names ?? loggedBy ?? NPM_NAMES)[described.level];
    result.level = level;
    result[LEVEL] = level;
  }
  return result;
}

/** Set on the record `asLogged` rebuilt: the level names of the logger `logError` was given. */
const LOGGED_BY = Symbol('loggedBy');

/**
 * The record `logError` would have made for this format: its error and message as given,
 * and the context as given where no format before this one changed it, for this format's
 * options (its platform, keys and limits) rather than the defaults.
 */
function asLogged(info: WinstonInfo, logged: LoggedError): WinstonInfo {
  // An empty message is one the format fills in with the error's own; it finds no error
  // in null or undefined, whose message (`Unknown error`) needs no options.
  const message = logged.message ?? (logged.error == null ? info.message : '');
  const record: WinstonInfo = { ...info, message, error: logged.error };
  delete record[LOG_ERROR];
  record[LOGGED_BY] = logged.names;
  for (const key of Object.keys(logged.raw)) {
    if (Object.is(record[key], logged.clean[key])) record[key] = logged.raw[key];
  }
  return record;
}

/** The part of a winston logger `logError` calls. */
export interface WinstonLikeLogger {
  log(info: { level: string; message: string; [key: string]: unknown }): unknown;
  readonly levels?: Record<string, number>;
}

/**
 * Logs `error` with `context` merged in and `message` (by default the error's). With
 * `errorFormat()` on the logger, level (`warning` with syslog levels), message, `error`
 * fields and redaction are worked out by the format, with its options. On a logger
 * without it, the record is already redacted with the defaults: `error` as ECS fields,
 * the context, the message, the level from the error.
 */
export function logError(
  logger: WinstonLikeLogger,
  error: unknown,
  context?: object,
  message?: string,
): void {
  const levels = safeGet(logger, 'levels');
  const warning =
    typeof levels === 'object' && levels !== null && !('warn' in levels) && 'warning' in levels;
  const names = warning ? SYSLOG_NAMES : NPM_NAMES;
  const opts = withSecretsOf(error, DEFAULT_OPTIONS);
  const described = describeErrorWith(error, opts);
  // Copied as winston copies metadata, each getter read once; then redacted.
  const raw = redactFields(context, opts, () => keep, true);
  const clean = redactFields(raw, opts);
  const given = typeof message === 'string' ? message : undefined;
  const logged: LoggedError = { error, names, message: given, raw, clean };
  logger.log({
    ...clean,
    level: names[described.level],
    message: given === undefined ? described.message : redactString(given, opts),
    error: error === null || error === undefined ? error : described.fields,
    [LOG_ERROR]: logged,
  });
}
