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

// Browsers send a handful of distinct Accept-Language values: remember each one's answer.
// The keys come from clients, so the map is capped and long values are not kept.
const MAX_REMEMBERED = 256;
const MAX_REMEMBERED_LENGTH = 128;
const remembered = new Map<string, Locale>();

function resolveRemembered(value: string): Locale {
  const known = remembered.get(value);
  if (known !== undefined) return known;
  const locale = resolveLocale(value);
  if (value.length <= MAX_REMEMBERED_LENGTH) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(value, locale);
  }
  return locale;
}

/**
 * The locale to answer in: `?locale=` when given (already checked to be a tag), else
 * the `Accept-Language` header, both through the i18n package's negotiation.
 */
export function negotiateLocale(
  queryLocale: string | undefined,
  acceptLanguage: string | undefined,
): Locale {
  if (queryLocale !== undefined) return resolveRemembered(queryLocale);
  if (acceptLanguage === undefined || acceptLanguage === '') return defaultLocale;
  return resolveRemembered(acceptLanguage);
}
