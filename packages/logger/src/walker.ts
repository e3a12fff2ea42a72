import { type LoggerOptions, REDACTED, type ResolvedOptions, resolveOptions } from './options.js';

/**
 * A JWS or JWE compact token: base64url segments joined by dots, the first one a
 * JSON header (`{"` is `eyJ` in base64url). The signature may be empty (`alg: none`).
 */
const JWT = /eyJ[\w-]+(?:\.[\w-]*){2,4}/g;
/** What is left of a token a length cut went through: it goes too. */
const JWT_TAIL = /eyJ[\w-]*(?:\.[\w-]*){0,4}$/;

const CIRCULAR = '[Circular]';
const UNREADABLE = '[unreadable]';
const TRUNCATED = '[truncated]';

/**
 * A copy of `value` fit for a log line: values under secret keys (see
 * `DEFAULT_REDACT_KEYS`) and JWT-shaped strings anywhere become `[redacted]`, keys
 * stay. Circular references become `[Circular]`, getters that throw `[unreadable]`;
 * depth, breadth, string length and the number of values visited are bounded (see
 * `LoggerOptions`). Parts with nothing to change are returned as they are, so a clean
 * object costs no copy; the caller's object is never mutated. Never throws.
 */
export function redact(value: unknown, options?: LoggerOptions): unknown {
  return redactWith(value, resolveOptions(options));
}

/** `redact` with options already resolved. */
export function redactWith(value: unknown, opts: ResolvedOptions): unknown {
  return new Walker(opts).walk(value, 0);
}

/** Cuts a string to `maxStringLength` and redacts tokens and secret query parameters in it. */
export function redactString(value: string, opts: ResolvedOptions): string {
  let out = value;
  if (out.length > opts.maxStringLength) {
    out = out.slice(0, opts.maxStringLength);
    out = `${out.replace(JWT_TAIL, REDACTED)}…[truncated ${value.length - opts.maxStringLength} chars]`;
  }
  if (hasJwtStart(out)) out = out.replace(JWT, REDACTED);
  if (out.includes('=')) out = out.replace(opts.secretParam, `$1${REDACTED}`);
  return out;
}

/**
 * A finished log line's last pass: tokens and secret query parameters, wherever a
 * serializer, a child binding or a message put them. JSON escapes none of their
 * characters.
 */
export function scrubLine(line: string, opts: ResolvedOptions): string {
  let out = line;
  if (hasJwtStart(out)) out = out.replace(JWT, REDACTED);
  if (out.includes('=')) out = out.replace(opts.secretParam, `$1${REDACTED}`);
  return out;
}

/**
 * `redact` for the top level of a log record, whose values under `passThrough` keys
 * (`err`, `req`…) go untouched to a serializer that redacts its own output.
 */
export function redactFields(
  fields: object,
  opts: ResolvedOptions,
  passThrough: ReadonlySet<string>,
): object {
  return new Walker(opts).walkFields(fields, passThrough);
}

/**
 * A shallow copy of an object's first `maxKeys` own enumerable fields, each read once:
 * a throwing getter becomes `[unreadable]`, a `__proto__` key stays a plain key, the
 * keys left out are counted under `[truncated]`, an object whose keys cannot be listed
 * gives `{}`. Nothing is redacted: this is the record `logError` hands to a formatter
 * that redacts it with the logger's options. Never throws.
 */
export function ownFields(object: object, maxKeys: number): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = Object.keys(object);
  } catch {
    return copy;
  }
  const kept = Math.min(keys.length, maxKeys);
  for (let i = 0; i < kept; i++) {
    const key = keys[i] as string;
    defineValue(copy, key, read(object, key));
  }
  if (keys.length > kept) defineValue(copy, TRUNCATED, `${keys.length - kept} more keys`);
  return copy;
}

class Walker {
  private budget: number;
  /** The containers from the root to the current one: a reference back into it is a cycle. */
  private readonly path: object[] = [];

  constructor(private readonly opts: ResolvedOptions) {
    this.budget = opts.maxNodes;
  }

  walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') {
      this.budget--;
      return redactString(value, this.opts);
    }
    if (typeof value !== 'object' || value === null) return value;
    if (this.budget-- <= 0) return TRUNCATED;
    if (this.path.includes(value)) return CIRCULAR;
    this.path.push(value);
    try {
      if (depth >= this.opts.maxDepth) return Array.isArray(value) ? '[Array]' : '[Object]';
      return Array.isArray(value) ? this.walkArray(value, depth) : this.walkObject(value, depth);
    } catch {
      // A revoked proxy, a throwing `ownKeys` trap or `length` getter.
      return UNREADABLE;
    } finally {
      this.path.pop();
    }
  }

  private walkArray(array: readonly unknown[], depth: number): unknown {
    const length = array.length;
    const kept = Math.min(length, this.opts.maxBreadth);
    const results: unknown[] = [];
    let changed = length > kept;
    for (let i = 0; i < kept; i++) {
      const item = read(array, i);
      const result = item === UNREADABLE_ITEM ? UNREADABLE : this.walk(item, depth + 1);
      if (!Object.is(result, item)) changed = true;
      results.push(result);
    }
    if (!changed) return array;
    if (length > kept) results.push(`[… ${length - kept} more items]`);
    return results;
  }

  /** A log record's top level: the values under `passThrough` keys are left to their serializer. */
  walkFields(fields: object, passThrough: ReadonlySet<string>): object {
    let keys: string[];
    try {
      keys = Object.keys(fields);
    } catch {
      return {};
    }
    this.path.push(fields);
    let copy: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (passThrough.has(key)) {
        if (copy) defineValue(copy, key, read(fields, key));
        continue;
      }
      const value = read(fields, key);
      let result: unknown;
      if (value === UNREADABLE_ITEM) result = UNREADABLE;
      else if (value !== undefined && value !== null && this.opts.isSecretKey(key)) {
        result = REDACTED;
      } else result = this.walk(value, 1);
      if (copy === undefined && !Object.is(result, value)) {
        copy = {};
        for (let j = 0; j < i; j++) {
          const earlier = keys[j] as string;
          defineValue(copy, earlier, read(fields, earlier));
        }
      }
      if (copy) defineValue(copy, key, result);
    }
    return copy ?? fields;
  }

  private walkObject(object: object, depth: number): unknown {
    if (ArrayBuffer.isView(object)) {
      // A Buffer's toJSON would build an array of every byte first.
      return object.byteLength > this.opts.maxBreadth
        ? `[${object.constructor?.name ?? 'binary'} ${object.byteLength} bytes]`
        : object;
    }
    const toJSON = read(object, 'toJSON');
    if (typeof toJSON === 'function') {
      // Redact what the logger would write: the toJSON() result (a Date's string,
      // a MeetingError's JSON form).
      let json: unknown;
      try {
        json = toJSON.call(object, '');
      } catch {
        return UNREADABLE;
      }
      if (json !== object) {
        const result = this.walk(json, depth + 1);
        return Object.is(result, json) ? object : result;
      }
    }
    const errorLike = isError(object);
    // An Error's message and stack are not enumerable but are what a serializer reads.
    const keys = errorLike ? Object.getOwnPropertyNames(object) : Object.keys(object);
    const kept = Math.min(keys.length, this.opts.maxBreadth);
    const results: unknown[] = [];
    let changed = keys.length > kept;
    for (let i = 0; i < kept; i++) {
      const key = keys[i] as string;
      const value = read(object, key);
      let result: unknown;
      if (value === UNREADABLE_ITEM) result = UNREADABLE;
      else if (value !== undefined && value !== null && this.opts.isSecretKey(key)) {
        result = REDACTED;
      } else result = this.walk(value, depth + 1);
      if (!Object.is(result, value)) changed = true;
      results.push(result);
    }
    if (!changed) return object;
    const copy: Record<string, unknown> = errorLike
      ? Object.create(Object.getPrototypeOf(object))
      : {};
    for (let i = 0; i < kept; i++) {
      const key = keys[i] as string;
      const enumerable = !errorLike || Object.prototype.propertyIsEnumerable.call(object, key);
      Object.defineProperty(copy, key, {
        value: results[i],
        enumerable,
        writable: true,
        configurable: true,
      });
    }
    if (keys.length > kept) copy[TRUNCATED] = `${keys.length - kept} more keys`;
    return copy;
  }
}

const UNREADABLE_ITEM = Symbol('unreadable');

function read(object: object, key: string | number): unknown {
  try {
    return (object as Record<string | number, unknown>)[key];
  } catch {
    return UNREADABLE_ITEM;
  }
}

/** defineProperty, not assignment: a `__proto__` key stays a plain key of the copy. */
function defineValue(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value: value === UNREADABLE_ITEM ? UNREADABLE : value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** True for an Error, also one from another realm (a vm context, a worker's structured clone). */
export function isError(value: unknown): value is Error {
  return (
    value instanceof Error ||
    (typeof value === 'object' &&
      value !== null &&
      Object.prototype.toString.call(value) === '[object Error]')
  );
}

/**
 * Whether `text` holds `eyJ`, the start of every JWT (base64 of `{"`). V8 scans for
 * one character with memchr but for a three-character needle about twenty times
 * slower, and every log line passes here: so find each `J`, then look back.
 */
function hasJwtStart(text: string): boolean {
  for (let i = text.indexOf('J', 2); i !== -1; i = text.indexOf('J', i + 1)) {
    if (text.charCodeAt(i - 1) === 0x79 && text.charCodeAt(i - 2) === 0x65) return true;
  }
  return false;
}
