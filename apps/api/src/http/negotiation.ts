/**
 * Content negotiation on untrusted headers: bounded work, never throws.
 */
import { defaultLocale, type Locale, resolveLocale } from '@org/error-codes-i18n';

const MAX_ACCEPT = 4096;
const MAX_RANGES = 64;
const JSON_RANGES = new Set([
  '*/*',
  'application/*',
  'application/json',
  'application/problem+json',
]);

/** True when `Accept` admits JSON (or problem+json); no header admits everything. */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept === '') return true;
  const ranges = accept.slice(0, MAX_ACCEPT).split(',', MAX_RANGES);
  for (const range of ranges) {
    const [type = '', ...params] = range.split(';');
    if (!JSON_RANGES.has(type.trim().toLowerCase())) continue;
    const q = params.find((p) => /^\s*q\s*=/i.test(p));
    if (q === undefined || Number(q.split('=')[1]) > 0) return true;
  }
  return false;
}

/**
 * The locale to answer in: `?locale=` when given (already checked to be a tag), else
 * the `Accept-Language` header, both through the i18n package's negotiation.
 */
export function negotiateLocale(
  queryLocale: string | undefined,
  acceptLanguage: string | undefined,
): Locale {
  if (queryLocale !== undefined) return resolveLocale(queryLocale);
  if (acceptLanguage === undefined || acceptLanguage === '') return defaultLocale;
  return resolveLocale(acceptLanguage);
}

const MAX_IF_NONE_MATCH = 8192;

/**
 * RFC 9110 §13.1.2: `*` or any listed entity tag equal to ours under weak
 * comparison. Malformed members simply do not match.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  for (const member of header.slice(0, MAX_IF_NONE_MATCH).split(',')) {
    const tag = member.trim();
    if (tag === '*' || tag === etag || (tag.startsWith('W/') && tag.slice(2) === etag)) {
      return true;
    }
  }
  return false;
}
