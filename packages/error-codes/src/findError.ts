import type { ErrorCode, ErrorEntry, ErrorEntryOf } from './catalog.js';
import { lookupIndex } from './lookupIndex.js';

/**
 * The entry for `4001`, `'4001'` or `'INVALID_API_KEY'`; `undefined` for anything
 * else. Only exact spellings match (not `' 4001'`, `'04001'`, `'4e3'` or
 * `'invalid_api_key'`), and it never throws, whatever it is given.
 */
export function findError(input: unknown): ErrorEntry | undefined {
  return lookupIndex.get(input);
}

/** The entry of a known code. Typed and total: `getError(9999)` does not compile. */
export function getError<C extends ErrorCode>(code: C): ErrorEntryOf<C> {
  return lookupIndex.get(code) as ErrorEntryOf<C>;
}

/** True for a number that is a catalog code (not for its string or name). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'number' && lookupIndex.has(value);
}
