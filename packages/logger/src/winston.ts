import { describe } from './describe.js';
import { isError } from './isError.js';
import type { LogLevel } from './levels.js';
import { type LoggerOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { safeGet } from './safeGet.js';
import { redactString, scrub } from './scrub.js';
import { DROP, redactFields, redactWith } from './walker.js';

export type { EcsError } from './describe.js';
export type { LoggerOptions } from './options.js';

// triple-beam's keys, by their registered names: no import of winston at run time.
const LEVEL = Symbol.for('level');
const SPLAT = Symbol.for('splat');
const MESSAGE = Symbol.for('message');
/** Marks a record `logError` made, with the level names of its logger: the format picks the level. */
const LOG_ERROR = Symbol('logError');

/**
 * Properties winston copies from an Error onto the record (`logger.error(err)`,
 * `logger.error('msg', err)`) that the `error` object now holds.
 */
const ABSORBED =
  'name code errorName platform meaning known severity retryable entry stack cause'.split(' ');

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
  const out: Record<string | symbol, unknown> = redactFields(
    info,
    opts,
    (key) => (moved.includes(key) ? drop : undefined),
    found !== undefined || symbols.length > 0,
  );
  if (out === info) return info;
  for (const symbol of symbols) {
    const value = safeGet(info, symbol);
    if (symbol === SPLAT) out[symbol] = redactWith(value, opts);
    // A line an earlier format finished: tokens and secret parameters out, no cut.
    else if (symbol === MESSAGE && typeof value === 'string') out[symbol] = scrub(value, opts);
    else if (symbol !== LOG_ERROR) out[symbol] = value;
  }
  const result = out as WinstonInfo;
  if (!found) return result;

  const described = describe(found.value, opts);
  const message = safeGet(info, 'message');
  result.message =
    typeof message === 'string' && message !== '' ? redactString(message, opts) : described.message;
  result.error = described.fields;
  const loggedBy = safeGet(info, LOG_ERROR) as LevelNames | undefined;
  if (setLevel || loggedBy) {
    const level = (names ?? loggedBy ?? NPM_NAMES)[described.level];
    result.level = level;
    result[LEVEL] = level;
  }
  return result;
}

/** The part of a winston logger `logError` calls. */
export interface WinstonLikeLogger {
  log(info: { level: string; message: string; [key: string]: unknown }): unknown;
  readonly levels?: Record<string, number>;
}

/**
 * Logs `error` with `context` merged in and `message` (by default the error's). Level
 * (`warning` with syslog levels), message, `error` fields and redaction are worked out
 * once, by `errorFormat()` on the logger, with its options: put it on every logger you
 * pass here.
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
  logger.log({
    // Copied as winston copies metadata, each getter read once; the format redacts it.
    ...redactFields(context, resolveOptions(undefined), () => keep, true),
    // Until errorFormat sets the level it reads from the error: a name every logger has.
    level: 'error',
    // An empty message is one errorFormat fills in with the error's own; it finds no
    // error in null or undefined, whose message needs no options.
    message: typeof message === 'string' ? message : error == null ? 'Unknown error' : '',
    error,
    [LOG_ERROR]: warning ? { error: 'error', warn: 'warning' } : NPM_NAMES,
  });
}
