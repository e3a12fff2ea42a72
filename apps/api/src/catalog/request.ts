/**
 * Reading what a catalog request asks for. The list filters and `q` are read by
 * `parseQuery`, the one query seam of @org/error-codes-i18n (the docs index reads its
 * URLs with it too); this file adds only what is the API's own: paging, `?locale=`,
 * and the rule that a parameter is given at most once. The OpenAPI document is built
 * from the same patterns and bounds (`schemas.ts`).
 */
import type { PlatformId } from '@org/error-codes';
import { type CatalogQuery, parseQuery, queryFilters } from '@org/error-codes-i18n';
import { limits } from '../http/limits.js';

/** A decimal code, or a wire name or alias in any case; anything else cannot be a code. */
export const CODE_PATTERN = `^(?:[0-9]{1,10}|[A-Za-z][A-Za-z0-9_]{0,${limits.maxCodeLength - 1}})$`;
/** What `explain` reads: a code, a name or alias, or a meaning id (`camera-in-use`). */
export const EXPLAIN_PATTERN = `^(?:[0-9]{1,10}|[A-Za-z][A-Za-z0-9_-]{0,${limits.maxCodeLength - 1}})$`;
/** `?locale=`: a BCP 47-shaped tag; negotiation picks the nearest served locale. */
export const LOCALE_PATTERN = '^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,7}$';
export const LOCALE_MAX_LENGTH = 35;

const codePattern = new RegExp(CODE_PATTERN);
const explainPattern = new RegExp(EXPLAIN_PATTERN);
const localePattern = new RegExp(LOCALE_PATTERN);
const DIGITS = /^[0-9]+$/;

/** One thing wrong with a request, as the `errors` member of a 400 lists it. */
export interface InputError {
  readonly in: 'path' | 'query';
  readonly name: string;
  readonly message: string;
}

export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: InputError[] };

type RawQuery = Readonly<Record<string, unknown>>;

const filterNames = [...Object.keys(queryFilters), 'q'];
const LIST_PARAMETERS = [...filterNames, 'locale', 'limit', 'offset'];
const LOOKUP_PARAMETERS = ['locale'];

function once(query: RawQuery, names: readonly string[], errors: InputError[]): void {
  for (const name of names) {
    if (Array.isArray(query[name])) {
      errors.push({ in: 'query', name, message: 'must be given at most once' });
    }
  }
}

function readLocaleInto(query: RawQuery, errors: InputError[]): string | undefined {
  const value = query.locale;
  if (typeof value !== 'string') return undefined;
  if (value.length > LOCALE_MAX_LENGTH || !localePattern.test(value)) {
    errors.push({
      in: 'query',
      name: 'locale',
      message: 'must be a language tag such as de, pt-BR or zh-Hans-CN',
    });
    return undefined;
  }
  return value;
}

function readInteger(
  query: RawQuery,
  name: string,
  min: number,
  max: number,
  fallback: number,
  errors: InputError[],
): number {
  const value = query[name];
  if (typeof value !== 'string') return fallback;
  // Decimal digits only: `1e2`, `0x10`, `+5`, ` 5`, `5.0` and `` are not integers here.
  if (!DIGITS.test(value) || Number(value) < min || Number(value) > max) {
    errors.push({
      in: 'query',
      name,
      message: `must be an integer from ${min} to ${max}, in decimal digits only (such as ${fallback || min})`,
    });
    return fallback;
  }
  return Number(value);
}

export interface ListRequest {
  readonly query: CatalogQuery;
  readonly locale: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** `GET /v1/{platform}/errors`: the filters through `parseQuery`, then paging and locale. */
export function readListRequest(raw: unknown, platform: PlatformId): Read<ListRequest> {
  const query = (typeof raw === 'object' && raw !== null ? raw : {}) as RawQuery;
  const errors: InputError[] = [];
  once(query, LIST_PARAMETERS, errors);
  const parsed = parseQuery(query);
  for (const problem of parsed.problems) {
    const name = filterNames.find((n) => problem.startsWith(`${n} `)) ?? '';
    errors.push({ in: 'query', name, message: problem.slice(name.length).trim() });
  }
  if (parsed.query.platform !== undefined && parsed.query.platform !== platform) {
    errors.push({
      in: 'query',
      name: 'platform',
      message: `must be the path's platform (${platform}) or absent`,
    });
  }
  const locale = readLocaleInto(query, errors);
  const limit = readInteger(query, 'limit', 1, limits.maxPageSize, limits.defaultPageSize, errors);
  const offset = readInteger(query, 'offset', 0, limits.maxOffset, 0, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { query: { ...parsed.query, platform }, locale, limit, offset } };
}

/** `?locale=` of a lookup. */
export function readLocale(raw: unknown): Read<string | undefined> {
  const query = (typeof raw === 'object' && raw !== null ? raw : {}) as RawQuery;
  const errors: InputError[] = [];
  once(query, LOOKUP_PARAMETERS, errors);
  const locale = readLocaleInto(query, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: locale };
}

/** A `{code}` path segment: a problem when it cannot be a code or name at all. */
export function codeError(code: string): InputError | undefined {
  return codePattern.test(code)
    ? undefined
    : {
        in: 'path',
        name: 'code',
        message:
          'must be a decimal code (4001) or a wire name or alias (INVALID_API_KEY, any case)',
      };
}

/** An `{input}` of explain. */
export function explainInputError(input: string): InputError | undefined {
  return explainPattern.test(input)
    ? undefined
    : {
        in: 'path',
        name: 'input',
        message:
          'must be a decimal code (3017), a wire name or alias (any case) or a meaning id (camera-in-use)',
      };
}
