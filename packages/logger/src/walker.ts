import { isError } from './isError.js';
import { type LoggerOptions, resolveOptions } from './options.js';
import { REDACTED, type RedactionPolicy } from './redactionPolicy.js';
import { redactString } from './scrub.js';

const CIRCULAR = '[Circular]';
const UNREADABLE = '[unreadable]';
const TRUNCATED = '[truncated]';
type Fields = Record<string, unknown>;

/**
 * For a record's key, what becomes of its value instead of the walk (a serializer's
 * input); a handler that returns `DROP` leaves the key out.
 */
export type FieldHandlers = (key: string) => ((value: unknown) => unknown) | undefined;
export const DROP = Symbol('drop');
const NO_HANDLERS: FieldHandlers = () => undefined;

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

/** `redact` with a compiled policy. */
export function redactWith(value: unknown, policy: RedactionPolicy): unknown {
  if (typeof value === 'string') return redactString(value, policy);
  return typeof value === 'object' && value !== null ? new Walker(policy).walk(value, 0) : value;
}

/**
 * `redact` for an error a logger's own serializer will write: Errors stay Errors (same
 * prototype, so a serializer still reads their type, message, stack and `cause`), their
 * own properties redacted, `toJSON` left to that serializer; a `cause` given as a
 * function (VError's style) is called once and its result redacted.
 */
export function redactError(value: unknown, policy: RedactionPolicy): unknown {
  if (typeof value === 'string') return redactString(value, policy);
  return typeof value === 'object' && value !== null
    ? new Walker(policy, true).walk(value, 0)
    : value;
}

/**
 * `redact` for the top level of a log record, whose values under the keys of
 * `handlers` (`err`, `req`…) go to their handler instead. With `copy`, the result is
 * always a new object (to add fields to); each getter is read once either way. What
 * is no object gives `{}`.
 */
export function redactFields(
  fields: unknown,
  policy: RedactionPolicy,
  handlers: FieldHandlers = NO_HANDLERS,
  copy = false,
): Fields {
  return new Walker(policy).fields(fields, handlers, copy);
}

class Walker {
  private budget: number;
  /** The containers from the root to the current one: a reference back into it is a cycle. */
  private readonly path: object[] = [];

  constructor(
    private readonly policy: RedactionPolicy,
    /** Errors kept as Errors, for a serializer, rather than as what `JSON.stringify` writes. */
    private readonly keepErrors = false,
  ) {
    this.budget = policy.maxNodes;
  }

  walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') {
      this.budget--;
      return redactString(value, this.policy);
    }
    if (typeof value !== 'object' || value === null) return value;
    if (this.budget-- <= 0) return TRUNCATED;
    if (this.path.includes(value)) return CIRCULAR;
    this.path.push(value);
    try {
      if (depth >= this.policy.maxDepth) return Array.isArray(value) ? '[Array]' : '[Object]';
      return Array.isArray(value) ? this.array(value, depth) : this.object(value, depth);
    } catch {
      // A revoked proxy, a throwing `ownKeys` trap or `length` getter.
      return UNREADABLE;
    } finally {
      this.path.pop();
    }
  }

  fields(fields: unknown, handlers: FieldHandlers, copy: boolean): Fields {
    if (typeof fields !== 'object' || fields === null) return {};
    this.path.push(fields);
    try {
      return this.entries(fields, Object.keys(fields), 0, false, handlers, copy) as Fields;
    } catch {
      return {}; // A throwing `ownKeys` trap.
    }
  }

  private array(array: readonly unknown[], depth: number): unknown {
    const length = array.length;
    const max = this.policy.maxBreadth;
    // An array this walker already cut keeps its summary: walking it again changes nothing.
    const kept = length === max + 1 && isItemsSummary(array[max]) ? length : Math.min(length, max);
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

  private object(object: object, depth: number): unknown {
    if (ArrayBuffer.isView(object)) {
      // A Buffer's toJSON would build an array of every byte first.
      return object.byteLength > this.policy.maxBreadth
        ? `[${object.constructor?.name ?? 'binary'} ${object.byteLength} bytes]`
        : object;
    }
    const errorLike = isError(object);
    const toJSON = errorLike && this.keepErrors ? undefined : read(object, 'toJSON');
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
    // An Error's message, stack and cause are not enumerable but are what a serializer reads.
    const keys = !errorLike
      ? Object.keys(object)
      : this.keepErrors
        ? serializedErrorKeys(object)
        : Object.getOwnPropertyNames(object);
    return this.entries(object, keys, depth, errorLike, NO_HANDLERS, false);
  }

  /** The first `maxBreadth` keys of an object, each read once; a copy only when one changed. */
  private entries(
    object: object,
    keys: readonly string[],
    depth: number,
    errorLike: boolean,
    handlers: FieldHandlers,
    copy: boolean,
  ): object {
    const max = this.policy.maxBreadth;
    const kept =
      keys.length === max + 1 && keys[max] === TRUNCATED ? max + 1 : Math.min(keys.length, max);
    const results: unknown[] = [];
    let changed = copy || keys.length > kept;
    for (let i = 0; i < kept; i++) {
      const key = keys[i] as string;
      let value = read(object, key);
      if (errorLike && key === 'cause' && typeof value === 'function') {
        value = callCause(value as (...args: never) => unknown, object);
        changed = true;
      }
      const handle = handlers(key);
      let result: unknown;
      if (value === UNREADABLE_ITEM) result = UNREADABLE;
      else if (handle) result = handle(value);
      else if (value !== undefined && value !== null && this.policy.isSecretKey(key)) {
        result = REDACTED;
      } else result = this.walk(value, depth + 1);
      if (!Object.is(result, value)) changed = true;
      results.push(result);
    }
    if (!changed) return object;
    const out = errorLike ? Object.create(Object.getPrototypeOf(object)) : {};
    for (let i = 0; i < kept; i++) {
      const key = keys[i] as string;
      const value = results[i];
      if (value === DROP) continue;
      // Assignment keeps the copy a fast object; defineProperty keeps a `__proto__` key
      // a plain key, and an Error's own properties as enumerable as they were.
      if (!errorLike && key !== '__proto__') out[key] = value;
      else {
        Object.defineProperty(out, key, {
          value,
          enumerable: !errorLike || Object.prototype.propertyIsEnumerable.call(object, key),
          writable: true,
          configurable: true,
        });
      }
    }
    if (keys.length > kept) out[TRUNCATED] = `${keys.length - kept} more keys`;
    return out;
  }
}

const UNREADABLE_ITEM = Symbol('unreadable');

/**
 * What an error serializer reads of an Error (pino's: its enumerable keys, `message`,
 * `stack`, the `cause` chain, an AggregateError's `errors`): the rest, such as a
 * MeetingError's catalog `entry`, is not written, so it is neither walked nor copied.
 */
function serializedErrorKeys(error: object): string[] {
  const keys = Object.keys(error);
  for (const key of ['name', 'message', 'stack', 'cause', 'errors']) {
    if (Object.hasOwn(error, key) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

const isItemsSummary = (item: unknown) =>
  typeof item === 'string' && /^\[… \d+ more items\]$/.test(item);

/** A VError-style `cause()`: serializers call it, so its result is what gets written. */
function callCause(cause: (...args: never) => unknown, error: object): unknown {
  try {
    return Reflect.apply(cause, error, []);
  } catch {
    return UNREADABLE_ITEM;
  }
}

function read(object: object, key: string | number): unknown {
  try {
    return (object as Record<string | number, unknown>)[key];
  } catch {
    return UNREADABLE_ITEM;
  }
}
