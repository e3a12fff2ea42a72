import { describeError, messageOf } from './errorFields.js';
import { type LogLevel, levelFor } from './levelFor.js';
import { type LoggerOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { isError, ownFields, redactFields, redactString, redactWith, scrubLine } from './redact.js';

export type { EcsError } from './errorFields.js';
export type { LoggerOptions } from './options.js';

// logError cannot see the format's options; it bounds the context's keys as the
// format bounds every other container by default.
const DEFAULTS = resolveOptions(undefined);

// triple-beam's keys, by their registered names: no import of winston at run time.
const LEVEL = Symbol.for('level');
const SPLAT = Symbol.for('splat');
const MESSAGE = Symbol.for('message');

/**
 * Properties winston copies from an Error onto the record (`logger.error(err)`,
 * `logger.error('msg', err)`) that the `error` object now holds.
 */
const ABSORBED = [
  'name',
  'code',
  'errorName',
  'known',
  'severity',
  'retryable',
  'entry',
  'stack',
  'cause',
];

export interface ErrorFormatOptions extends LoggerOptions {
  /**
   * Set the record's level to `levelFor(error)` when it carries an error (default
   * `true`). Pass `false` to keep the level the caller chose.
   */
  readonly setLevel?: boolean | undefined;
  /**
   * The level names to write, for loggers whose levels are not npm's: with
   * `winston.config.syslog.levels`, pass `{ warn: 'warning' }`.
   */
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
 * A winston format that writes the record's error as an ECS `error` object (the same
 * fields as the pino serializer), sets the level from the catalog's severity, and
 * redacts the whole record. It finds the error in `info.error`, `info.err`, the record
 * itself (`logger.error(err)`) or the splat (`logger.error('msg', err)`). The record
 * given is never changed: a new one is returned. Put it before `json()`:
 * `format.combine(errorFormat(), format.timestamp(), format.json())`.
 */
export function errorFormat(given: ErrorFormatOptions = {}): ErrorFormat {
  const options: ErrorFormatOptions = typeof given === 'object' && given !== null ? given : {};
  const opts = resolveOptions(options);
  const names = {
    error: options.levelNames?.error ?? 'error',
    warn: options.levelNames?.warn ?? 'warn',
  };
  const setLevel = options.setLevel === false ? undefined : names;
  return { options, transform: (info) => transform(info, opts, setLevel) };
}

interface Found {
  readonly value: unknown;
  /** The key it was under, or undefined when winston spread it over the record. */
  readonly key: 'error' | 'err' | undefined;
}

function locate(info: WinstonInfo): Found | undefined {
  if (isError(info)) return { value: info, key: undefined };
  const error = safeGet(info, 'error');
  if (error !== undefined && error !== null) return { value: error, key: 'error' };
  const err = safeGet(info, 'err');
  if (err !== undefined && err !== null) return { value: err, key: 'err' };
  const splat = safeGet(info, SPLAT);
  if (Array.isArray(splat)) {
    for (const item of splat) {
      if (isError(item) || (typeof item === 'object' && item !== null && 'code' in item)) {
        return { value: item, key: undefined };
      }
    }
  }
  return undefined;
}

function transform(
  info: WinstonInfo,
  opts: ResolvedOptions,
  setLevel: Record<LogLevel, string> | undefined,
): WinstonInfo {
  if (typeof info !== 'object' || info === null) return info;
  const found = locate(info);
  const skip = new Set<string>();
  if (found?.key) skip.add(found.key);
  else if (found) {
    for (const key of ABSORBED) {
      if (safeGet(info, key) !== undefined && safeGet(info, key) === safeGet(found.value, key)) {
        skip.add(key);
      }
    }
  }
  const fields = redactFields(info, opts, skip);
  if (!found && fields === info && !hasSymbolsToScrub(info)) return info;

  const out: WinstonInfo = { ...fields } as WinstonInfo;
  for (const key of skip) delete out[key];
  for (const symbol of Object.getOwnPropertySymbols(info)) {
    const value = safeGet(info, symbol);
    if (symbol === SPLAT) out[symbol] = redactWith(value, opts);
    else if (symbol === MESSAGE && typeof value === 'string') out[symbol] = scrubLine(value, opts);
    else out[symbol] = value;
  }
  if (!found) return out;

  const message = safeGet(info, 'message');
  out.message =
    typeof message === 'string' && message !== ''
      ? redactString(message, opts)
      : messageOf(found.value, opts);
  out.error = describeError(found.value, opts);
  if (setLevel) {
    const level = setLevel[levelFor(found.value)];
    out.level = level;
    out[LEVEL] = level;
  }
  return out;
}

function hasSymbolsToScrub(info: WinstonInfo): boolean {
  return safeGet(info, SPLAT) !== undefined || safeGet(info, MESSAGE) !== undefined;
}

function safeGet(object: unknown, key: string | symbol): unknown {
  if (typeof object !== 'object' || object === null) return undefined;
  try {
    return (object as Record<string | symbol, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The part of a winston logger `logError` calls. */
export interface WinstonLikeLogger {
  log(info: { level: string; message: string; [key: string]: unknown }): unknown;
  readonly levels?: Record<string, number>;
}

/**
 * Logs `error` at `levelFor(error)` under the `error` key, with `context` merged into
 * the record and `message` (by default the error's). With syslog levels, `warn` is
 * written `warning`. The ECS fields, the message and the redaction come from
 * `errorFormat()` on the logger, once, with its options (`redactKeys`, limits):
 * `logError` only copies the context's fields (each getter read once), as winston
 * does with metadata.
 */
export function logError(
  logger: WinstonLikeLogger,
  error: unknown,
  context?: object,
  message?: string,
): void {
  let level: string = levelFor(error);
  const levels = logger.levels;
  if (levels && !(level in levels) && level === 'warn' && 'warning' in levels) level = 'warning';
  const fields =
    typeof context === 'object' && context !== null ? ownFields(context, DEFAULTS.maxBreadth) : {};
  logger.log({
    ...fields,
    level,
    // An empty message is one `errorFormat` fills in with the error's own. It finds no
    // error in null or undefined, whose message is the same whatever the options.
    message:
      typeof message === 'string'
        ? message
        : error === null || error === undefined
          ? messageOf(error, DEFAULTS)
          : '',
    error,
  });
}
