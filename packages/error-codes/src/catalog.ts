import { entries } from './entries.js';

/** One entry of the catalog, with its code and name as literal types. */
export type ErrorEntry = (typeof entries)[number];
/** Every code of the catalog, as a union of number literals (4001 | 4002 | …). */
export type ErrorCode = ErrorEntry['code'];
/** Every wire name of the catalog ('INVALID_API_KEY' | …). */
export type ErrorName = ErrorEntry['name'];
/** The entry of one code, with its literal name, message and fields. */
export type ErrorEntryOf<C extends ErrorCode> = Extract<ErrorEntry, { readonly code: C }>;

/** All entries, sorted by code. The list and every entry are frozen. */
export const catalog: readonly ErrorEntry[] = entries;
