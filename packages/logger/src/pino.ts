import { describeError, type EcsError, messageOf } from './errorFields.js';
import { levelFor } from './levelFor.js';
import { type LoggerOptions, REDACTED, resolveOptions } from './options.js';
import { redact, redactFields, scrubLine } from './redact.js';

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

/**
 * Child bindings (`logger.child({ token })`) reach no formatter in pino, only pino's own
 * `redact`, which matches exact top-level names: these spellings of the default keys.
 */
const CHILD_BINDING_KEYS = [
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'idToken',
  'id_token',
  'apiKey',
  'apikey',
  'api_key',
  'authorization',
  'Authorization',
  'secret',
  'clientSecret',
  'client_secret',
  'password',
];

/**
 * pino options that write errors as ECS `error` objects and keep secrets off the line:
 * - `serializers.err` / `.error`: `errorSerializer(options)`;
 * - `formatters.log` / `.bindings`: `redact` on every record and on the root logger's
 *   bindings (values under `err`, `error`, `req`, `res` are left to their serializer);
 * - `hooks.streamWrite`: a last pass over the finished line for JWTs and secret query
 *   parameters, which catches `msg` and what other serializers write (Fastify's `req.url`);
 * - `redact`: pino's own, for the exact key spellings in `CHILD_BINDING_KEYS` and
 *   `redactKeys`, the only redaction pino applies to child bindings.
 *
 * `pino({ ...pinoOptions({ docsBaseUrl }), level: 'info' })`, or
 * `Fastify({ logger: { ...pinoOptions(), level: 'info' } })`.
 */
export function pinoOptions(given: LoggerOptions = {}): PinoErrorOptions {
  const options: LoggerOptions = typeof given === 'object' && given !== null ? given : {};
  const opts = resolveOptions(options);
  const err = errorSerializer(options);
  return {
    serializers: { err, error: err },
    formatters: {
      log: (object) => redactFields(object, opts, SERIALIZED_KEYS) as Record<string, unknown>,
      bindings: (bindings) => redactFields(bindings, opts, NO_KEYS) as Record<string, unknown>,
    },
    hooks: { streamWrite: (line) => scrubLine(line, opts) },
    redact: {
      paths: [
        ...new Set([
          ...CHILD_BINDING_KEYS,
          ...(Array.isArray(options.redactKeys) ? options.redactKeys : []),
        ]),
      ].filter((key) => typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)),
      censor: REDACTED,
    },
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
 * message). The ECS fields and the redaction come from `pinoOptions` on the logger.
 * Never throws on its own account: the logger's stream may.
 */
export function logError(
  logger: PinoLikeLogger,
  error: unknown,
  context?: object,
  message?: string,
): void {
  const level = levelFor(error);
  // redact() returns the context itself when it is clean, and a copy (so spreading
  // cannot run a throwing getter twice) when it is not.
  const clean = typeof context === 'object' && context !== null ? redact(context) : undefined;
  const record = typeof clean === 'object' ? { ...clean, err: error } : { err: error };
  logger[level](record, message ?? messageOf(error, resolveOptions(undefined)));
}
