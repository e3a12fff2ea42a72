import { describeError, type EcsError, messageOf } from './errorFields.js';
import { childBindingPaths } from './keySpellings.js';
import { levelFor } from './levelFor.js';
import { type LoggerOptions, REDACTED, type ResolvedOptions, resolveOptions } from './options.js';
import { ownFields, redactFields, redactString, scrubLine } from './redact.js';

export type { EcsError } from './errorFields.js';
export type { LoggerOptions } from './options.js';

/**
 * Top-level keys whose values go to a serializer instead of being walked: ours for
 * `err` / `error` (which redacts what it writes), Fastify's for `req` / `res` (a
 * Request object is no data to copy; the URL it writes is scrubbed on the line).
 */
const SERIALIZED_KEYS: ReadonlySet<string> = new Set(['err', 'error', 'req', 'res']);
const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * pino's own serializer type (`SerializerFn`). Declared with `any` as pino does, so
 * the options also fit Fastify's `logger` option, whose `err` type promises pino's
 * standard shape.
 */
// biome-ignore lint/suspicious/noExplicitAny: the shape of pino's SerializerFn.
export type Serializer = (value: any) => any;

/** What `pinoOptions` returns: spread it into `pino({...})` or Fastify's `logger` option. */
export interface PinoErrorOptions {
  readonly serializers: {
    readonly err: Serializer;
    readonly error: Serializer;
  };
  readonly formatters: {
    readonly log: (object: Record<string, unknown>) => Record<string, unknown>;
    readonly bindings: (bindings: Record<string, unknown>) => Record<string, unknown>;
  };
  readonly hooks: {
    readonly streamWrite: (line: string) => string;
  };
  readonly redact: { readonly paths: string[]; readonly censor: string };
}

// pino keeps a logger's formatters under this registered symbol (so in pino 9 and 10);
// a child shares its parent's `log` formatter unless it is given its own. Without it,
// logError falls back to the default options.
const PINO_FORMATTERS = Symbol.for('pino.formatters');

/** The options of the `pinoOptions` formatter that redacts each record, keyed by that formatter. */
const formatterOptions = new WeakMap<object, ResolvedOptions>();

function optionsOf(logger: PinoLikeLogger): ResolvedOptions | undefined {
  try {
    const formatters = (logger as unknown as Record<symbol, { log?: unknown } | undefined>)[
      PINO_FORMATTERS
    ];
    const log = formatters?.log;
    return typeof log === 'function' ? formatterOptions.get(log) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * pino options that write errors as ECS `error` objects and keep secrets off the line:
 * - `serializers.err` / `.error`: `errorSerializer(options)`;
 * - `formatters.log` / `.bindings`: `redact` on every record and on the root logger's
 *   bindings (values under `err`, `error`, `req`, `res` are left to their serializer);
 * - `hooks.streamWrite`: a last pass over the finished line for JWTs and secret query
 *   parameters, which catches `msg` and what other serializers write (Fastify's `req.url`);
 * - `redact`: pino's own, the only redaction pino applies to child bindings
 *   (`logger.child({ token })` reaches no formatter). It matches exact top-level names,
 *   so it gets the spellings `keySpellings` derives from `DEFAULT_REDACT_KEYS` and
 *   `redactKeys` (`accessToken`, `api_key`, `x-api-key`…).
 *
 * `pino({ ...pinoOptions({ docsBaseUrl }), level: 'info' })`, or
 * `Fastify({ logger: { ...pinoOptions(), level: 'info' } })`.
 */
export function pinoOptions(given: LoggerOptions = {}): PinoErrorOptions {
  const options: LoggerOptions = typeof given === 'object' && given !== null ? given : {};
  const opts = resolveOptions(options);
  const err = errorSerializer(options);
  const log = (object: Record<string, unknown>) =>
    redactFields(object, opts, SERIALIZED_KEYS) as Record<string, unknown>;
  formatterOptions.set(log, opts);
  return {
    serializers: { err, error: err },
    formatters: {
      log,
      bindings: (bindings) => redactFields(bindings, opts, NO_KEYS) as Record<string, unknown>,
    },
    hooks: { streamWrite: (line) => scrubLine(line, opts) },
    redact: { paths: childBindingPaths(options.redactKeys), censor: REDACTED },
  };
}

/**
 * A pino serializer for `err` / `error`: anything thrown or received becomes an ECS
 * `error` object (`code`, `type`, `message`, `category`, `source`, `severity`,
 * `retryable`, `docs_url`, `stack_trace`), redacted. `null` and `undefined` stay as
 * they are. Never throws.
 */
export function errorSerializer(options: LoggerOptions = {}): Serializer {
  const opts = resolveOptions(options);
  return (value: unknown): EcsError | null | undefined =>
    value === undefined || value === null ? value : describeError(value, opts);
}

/** The part of a pino logger `logError` calls: pino's, a child's, Fastify's `request.log`. */
export interface PinoLikeLogger {
  error(object: object, message?: string): void;
  warn(object: object, message?: string): void;
}

/**
 * Logs `error` at `levelFor(error)` (`error` or `warn`) under the `err` key, with
 * `context` merged into the record and `message` as `msg` (by default the error's
 * message), cut and redacted like `err.message`. The ECS fields come from
 * `pinoOptions` on the logger, and so does the redaction: its formatter redacts the
 * record once, with the logger's `redactKeys` and limits, which `logError` also uses
 * for `msg`. On a logger without it, `logError` redacts the context and the message
 * with the default options itself. Never throws on its own account: the logger's
 * stream may.
 */
export function logError(
  logger: PinoLikeLogger,
  error: unknown,
  context?: object,
  message?: string,
): void {
  const level = levelFor(error);
  const configured = optionsOf(logger);
  const opts = configured ?? resolveOptions(undefined);
  let record: Record<string, unknown>;
  if (typeof context === 'object' && context !== null) {
    record = ownFields(context, opts.maxBreadth);
    if (!configured) record = redactFields(record, opts, NO_KEYS) as Record<string, unknown>;
    // After the context's own `err`, as a spread would: the error logged wins.
    record.err = error;
  } else record = { err: error };
  logger[level](
    record,
    typeof message === 'string' ? redactString(message, opts) : messageOf(error, opts),
  );
}
