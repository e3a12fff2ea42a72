import { buildIndex, type NormalizedError, normalizeWith } from '../platformApi.js';
import { platform } from './platform.js';
import { entries } from './table.generated.js';

/** One entry of the flutter table, with its code, name and meaning as literal types. */
export type ErrorEntry = (typeof entries)[number];
/** Every code of the flutter table, as a union of number literals. */
export type ErrorCode = ErrorEntry['code'];
/** Every wire name of the flutter table. */
export type ErrorName = ErrorEntry['name'];
/** Every meaning id the flutter table has. */
export type MeaningId = ErrorEntry['meaning'];
/** The entry of one code, with its literal name, message and fields. */
export type ErrorEntryOf<C extends ErrorCode> = Extract<ErrorEntry, { readonly code: C }>;

/** All entries of the flutter table, sorted by code. The list and every entry are frozen. */
export const catalog: readonly ErrorEntry[] = entries;

const index = /* @__PURE__ */ buildIndex<ErrorEntry>(entries);

/**
 * The entry for a code (`4001`), its decimal string (`'4001'`), its wire name or an
 * alias of it; `undefined` for anything else. Only exact spellings match (not
 * `' 4001'`, `'04001'`, `'4e3'` or `'invalid_api_key'`), and it never throws.
 */
export function findError(input: unknown): ErrorEntry | undefined {
  return index.get(input);
}

/** The entry of a known code. Typed and total: a code the table lacks does not compile. */
export function getError<C extends ErrorCode>(code: C): ErrorEntryOf<C> {
  return index.get(code) as ErrorEntryOf<C>;
}

/** True for a number that is one of the table's codes (not for its string or name). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'number' && index.has(value);
}

/**
 * Turns what an SDK error event delivers into a known entry or a clearly marked
 * unknown one. Accepts `{ code, message }` (code as number, decimal string, wire
 * name or alias), a bare code or name, an `Error` with a `code`, or anything at
 * all. Never throws: a payload whose getters throw is treated as having no code.
 */
export function normalizeError(payload: unknown): NormalizedError<ErrorEntry> {
  return normalizeWith('flutter', index, payload);
}

export type { KnownError, NormalizedError, UnknownError } from '../platformApi.js';
export { UNKNOWN_ERROR_NAME } from '../platformApi.js';
export * from '../shared.js';
export { ErrorCodes } from './errorCodes.generated.js';
export { platform };
