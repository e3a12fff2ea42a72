import { describeError, describeErrorWith, type EcsError, isDescribed } from './ecsError.js';
import { isError } from './isError.js';
import { keySpellings, redactPath } from './keySpellings.js';
import { withSecretsOf } from './knownSecrets.js';
import { type LoggerOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { DEFAULT_REDACT_KEYS, REDACTED } from './redactionPolicy.js';
import { safeGet } from './safeGet.js';
import { redactString } from './scrub.js';
import { type FieldHandlers, redactError, redactFields, redactWith } from './walker.js';

export type { EcsError } from './ecsError.js';
export type { LoggerOptions } from './options.js';

/**
 * Where pino documents a logger's serializers ("the serializers as applied to the current
 * logger instance"): `logError` finds the options of a logger's `pinoOptions` through its
 * `err` serializer.
 */
const SERIALIZERS = Symbol.for('pino.serializers');

/** pino's `SerializerFn`, with `any` as pino has it: so the options also fit Fastify's `logger`. */
// biome-ignore lint/suspicious/noExplicitAny: the shape of pino's SerializerFn.
export type Serializer = (value: any) => any;
type Fields = Record<string, unknown>;
type LogMethod = (...args: unknown[]) => void;

/** What `pinoOptions` returns: spread it into `pino({...})` or Fastify's `logger` option. */
export interface PinoErrorOptions {
  readonly serializers: {
    readonly err: Serializer;
    readonly error: Serializer;
    readonly req: Serializer;
  };
  readonly formatters: { readonly bindings: (bindings: Fields) => Fields };
  readonly hooks: {
    readonly logMethod: (this: unknown, args: unknown[], method: LogMethod) => void;
  };
  readonly redact: {
    readonly paths: string[];
    readonly censor: (value: unknown, path: string[]) => unknown;
  };
}

/** Records `logError` made, already redacted: the hook passes them on as they are. */
const prepared = new WeakSet<object>();
/** The options of each `errorSerializer`, so `logError` finds a logger's own. */
const serializerOptions = new WeakMap<Serializer, ResolvedOptions>();

/**
 * pino options that write errors as ECS `error` objects and keep secrets off the line,
 * with one mechanism, the walker of `redact`, applied through pino's documented options
 * where data enters it: `hooks.logMethod` (records, messages, format arguments; an error
 * is described there, once), `serializers.err` / `.error` / `.req`, `formatters.bindings`
 * (the root's bindings) and `redact` (every value pino writes, child bindings included).
 * `pino({ ...pinoOptions({ platform: 'web' }), level: 'info' })`, or the same spread
 * into Fastify's `logger` option.
 */
export function pinoOptions(given: LoggerOptions = {}): PinoErrorOptions {
  const options: LoggerOptions = typeof given === 'object' && given !== null ? given : {};
  const opts = resolveOptions(options);
  const err = errorSerializer(options);
  // An error is described once, here; `req` and `res` are left to their serializers.
  const handlers: FieldHandlers = (key) =>
    key === 'err' || key === 'error' ? err : key === 'req' || key === 'res' ? keep : undefined;
  function logMethod(this: unknown, args: unknown[], method: LogMethod): void {
    const first = args[0];
    const ready = typeof first === 'object' && first !== null && prepared.has(first);
    method.apply(this, ready ? args : redactArgs(args, opts, handlers));
  }
  // Most values reach `censor` already walked by the hook, which leaves them as a second
  // walk finds them (the walker keeps its own summaries). Its node budget, the hook's for
  // a whole record, is twice that for one value, so the summaries fit in it too.
  const secondPass: ResolvedOptions = Object.create(opts, {
    maxNodes: { value: opts.maxNodes * 2 },
  });
  const extra = Array.isArray(options.redactKeys) ? options.redactKeys : [];
  const names = [...DEFAULT_REDACT_KEYS, ...extra].filter((key) => typeof key === 'string');
  return {
    serializers: { err, error: err, req: (req) => redactWith(requestFields(req), opts) },
    formatters: { bindings: (fields) => redactFields(fields, opts) },
    hooks: { logMethod },
    // pino gives a child's bindings (and `setBindings`) to no formatter, only to its
    // `redact` stringifiers (pinojs/pino#1212). The `*` path hands every value pino
    // writes to the walker, by value: pino does not say under which key. So the keys are
    // named as paths too, in their usual spellings, and a named key's value is redacted.
    redact: {
      paths: ['*', ...keySpellings(names).map(redactPath)],
      censor: (value, path) => censor(value, path, secondPass),
    },
  };
}

/**
 * What pino writes for a value its `redact` paths reach: a top-level value (`*`, whose
 * key pino does not pass), a named key's value, or a key of an object interpolated into
 * a message (`%o`, with its key).
 */
function censor(value: unknown, path: readonly unknown[], opts: ResolvedOptions): unknown {
  const key = path[0];
  if (typeof key === 'string' && value !== null && value !== undefined && opts.isSecretKey(key)) {
    return REDACTED;
  }
  if (typeof value === 'string') return redactString(value, opts);
  return typeof value !== 'object' || value === null || isDescribed(value)
    ? value
    : redactWith(value, opts);
}

/**
 * A pino serializer for `err` / `error`: anything thrown or received becomes an ECS
 * `error` object (`EcsError`), redacted; `null` and `undefined` stay. Never throws.
 */
export function errorSerializer(options: LoggerOptions = {}): Serializer {
  const opts = resolveOptions(options);
  const serializer = (value: unknown): EcsError | null | undefined =>
    value === undefined || value === null || isDescribed(value)
      ? value
      : describeError(value, opts).fields;
  serializerOptions.set(serializer, opts);
  return serializer;
}

/** The part of a pino logger `logError` calls: pino's, a child's, Fastify's `request.log`. */
export interface PinoLikeLogger {
  error(object: object, message?: string): void;
  warn(object: object, message?: string): void;
}

/**
 * Logs `error` at its level under `err`, with `context` merged in and `message` as `msg`
 * (by default the error's). Level, message and fields are worked out once, the record
 * redacted once, with the logger's `pinoOptions` (`platform`, `redactKeys`, limits).
 * On any other pino logger, with the defaults: `err` is then a redacted copy of the
 * error (message, stack, own fields, nested objects, `cause` chain) for that logger's
 * own serializer to write. Never throws on its own account: the logger's stream may.
 */
export function logError(
  logger: PinoLikeLogger,
  error: unknown,
  context?: object,
  message?: string,
): void {
  const configured = serializerOptions.get(
    safeGet(safeGet(logger, SERIALIZERS), 'err') as Serializer,
  );
  // The error's own secrets (an `apiKey` field) go from the context and messages too.
  const opts = withSecretsOf(error, configured ?? resolveOptions(undefined));
  const { level, message: text, fields } = describeErrorWith(error, opts);
  const record = redactFields(context, opts, KEEP, true);
  // After the context's own `err`, as a spread would: the error logged wins.
  record.err =
    error === null || error === undefined ? error : configured ? fields : redactError(error, opts);
  prepared.add(record);
  logger[level](record, typeof message === 'string' ? redactString(message, opts) : text);
}

const keep = (value: unknown) => value;
const KEEP: FieldHandlers = (key) => (key === 'req' || key === 'res' ? keep : undefined);

/** A log call's arguments, `(record?, message?, ...formatArguments)`, redacted. */
function redactArgs(args: unknown[], given: ResolvedOptions, handlers: FieldHandlers): unknown[] {
  const [first, ...rest] = args;
  // The error's own secrets (an `apiKey` field) go from the record and the message too.
  const error = isError(first) ? first : (safeGet(first, 'err') ?? safeGet(first, 'error'));
  const opts = withSecretsOf(error, given);
  const out = rest.map((arg) => redactWith(arg, opts));
  if (typeof first !== 'object' || first === null) return [redactWith(first, opts), ...out];
  if (first instanceof Error) {
    // pino takes the message from the Error as it is when none is given.
    const text = safeGet(first, 'message');
    if (out.length === 0 && typeof text === 'string') out.push(redactString(text, opts));
    return [first, ...out];
  }
  // pino maps a Node request or response to `req` / `res` itself, then serializes it.
  return [isHttpMessage(first) ? first : redactFields(first, opts, handlers), ...out];
}

function isHttpMessage(value: object): boolean {
  return (
    Boolean(safeGet(value, 'method') && safeGet(value, 'headers') && safeGet(value, 'socket')) ||
    typeof safeGet(value, 'setHeader') === 'function'
  );
}

/** What Fastify's `req` serializer writes, for a live request; plain data as it is. */
function requestFields(req: unknown): unknown {
  const socket = safeGet(req, 'socket');
  if (typeof socket !== 'object' && typeof safeGet(req, 'raw') !== 'object') return req;
  return {
    method: safeGet(req, 'method'),
    url: safeGet(req, 'url'),
    version: safeGet(safeGet(req, 'headers'), 'accept-version'),
    host: safeGet(req, 'host'),
    remoteAddress: safeGet(req, 'ip') ?? safeGet(socket, 'remoteAddress'),
    remotePort: safeGet(socket, 'remotePort'),
  };
}
