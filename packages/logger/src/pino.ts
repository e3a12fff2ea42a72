import { describe, describeWith, type EcsError, isDescribed } from './describe.js';
import { isError } from './isError.js';
import { withSecretsOf } from './knownSecrets.js';
import { type LoggerOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { safeGet } from './safeGet.js';
import { redactString } from './scrub.js';
import { type FieldHandlers, redactError, redactFields, redactWith } from './walker.js';

export type { EcsError } from './describe.js';
export type { LoggerOptions } from './options.js';

// Registered symbols, the same in pino 9 and 10.
const HOOKS = Symbol.for('pino.hooks');
const FORMATTERS = Symbol.for('pino.formatters');

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
  readonly onChild: (child: object) => void;
}

/** The record `logError` is logging, already redacted: the hook passes it on as it is. */
let prepared: unknown;
/** The options of each `pinoOptions` hook, so `logError` finds a logger's own. */
const hookOptions = new WeakMap<object, ResolvedOptions>();

/**
 * pino options that write errors as ECS `error` objects and keep secrets off the line,
 * with one mechanism, the walker of `redact`, where data enters pino: `hooks.logMethod`
 * (records, messages, format arguments; an error is described there, once),
 * `formatters.bindings` and `onChild` (bindings), `serializers.err` / `.error` / `.req`.
 * `pino({ ...pinoOptions({ platform: 'web' }), level: 'info' })`, or the same spread
 * into Fastify's `logger` option.
 */
export function pinoOptions(given: LoggerOptions = {}): PinoErrorOptions {
  const opts = resolveOptions(given);
  const err = errorSerializer(given);
  // An error is described once, here; `req` and `res` are left to their serializers.
  const handlers: FieldHandlers = (key) =>
    key === 'err' || key === 'error' ? err : key === 'req' || key === 'res' ? keep : undefined;
  const bindings = (fields: Fields) => redactFields(fields, opts);
  function logMethod(this: unknown, args: unknown[], method: LogMethod): void {
    method.apply(this, args[0] === prepared ? args : redactArgs(args, opts, handlers));
  }
  hookOptions.set(logMethod, opts);
  return {
    serializers: { err, error: err, req: (req) => redactWith(requestFields(req), opts) },
    formatters: { bindings },
    hooks: { logMethod },
    onChild: (child) => {
      try {
        redactChild(child, bindings, opts);
      } catch {
        // Not the logger pino builds: nothing here to read back.
      }
    },
  };
}

/**
 * A pino serializer for `err` / `error`: anything thrown or received becomes an ECS
 * `error` object (`EcsError`), redacted; `null` and `undefined` stay. Never throws.
 */
export function errorSerializer(options: LoggerOptions = {}): Serializer {
  const opts = resolveOptions(options);
  return (value: unknown): EcsError | null | undefined =>
    value === undefined || value === null || isDescribed(value)
      ? value
      : describe(value, opts).fields;
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
  const configured = hookOptions.get(safeGet(safeGet(logger, HOOKS), 'logMethod') as object);
  // The error's own secrets (an `apiKey` field) go from the context and messages too.
  const opts = withSecretsOf(error, configured ?? resolveOptions(undefined));
  const { level, message: text, fields } = describeWith(error, opts);
  const record = redactFields(context, opts, KEEP, true);
  // After the context's own `err`, as a spread would: the error logged wins.
  record.err =
    error === null || error === undefined ? error : configured ? fields : redactError(error, opts);
  const outer = prepared;
  prepared = record;
  try {
    logger[level](record, typeof message === 'string' ? redactString(message, opts) : text);
  } finally {
    prepared = outer;
  }
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

/**
 * pino writes a child's bindings into a JSON fragment when the child is made, and
 * calls no formatter (pinojs/pino#1212). The part the child added to its parent's is
 * read back, redacted and written again; and the child's `bindings` formatter, which
 * its `setBindings` calls, gets the walker after it.
 */
function redactChild(child: object, bindings: (fields: Fields) => Fields, opts: ResolvedOptions) {
  const logger = child as Record<symbol, unknown>;
  const formatters = safeGet(child, FORMATTERS);
  const own = safeGet(formatters, 'bindings');
  if (typeof own === 'function') {
    logger[FORMATTERS] = { ...(formatters as object), bindings: (f: Fields) => bindings(own(f)) };
  }
  // `pino.symbols.chindingsSym`, found by its description: pino is not imported here.
  const symbol = Object.getOwnPropertySymbols(child).find(
    (s) => s.description === 'pino.chindings',
  );
  if (symbol === undefined) return;
  const fragment = logger[symbol];
  const parent = (Object.getPrototypeOf(child) as Record<symbol, unknown>)[symbol];
  if (typeof fragment !== 'string' || typeof parent !== 'string') return;
  if (!fragment.startsWith(parent)) return;
  const added: Fields = JSON.parse(`{${fragment.slice(parent.length + 1)}}`);
  const clean = redactFields(added, opts);
  if (clean === added) return;
  logger[symbol] = Object.keys(clean).reduce(
    (written, key) => `${written},${JSON.stringify(key)}:${JSON.stringify(clean[key])}`,
    parent,
  );
}
