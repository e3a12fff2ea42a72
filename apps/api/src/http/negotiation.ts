/**
 * Content negotiation on untrusted headers: `Accept` through `negotiator`, the
 * language through the i18n package's own negotiation (`resolveLocale`).
 */
import { defaultLocale, type Locale, resolveLocale } from '@org/error-codes-i18n';
import Negotiator from 'negotiator';

const JSON_TYPES = ['application/json', 'application/problem+json'];

/** True when `Accept` admits JSON (or problem+json); no header admits everything. */
export function acceptsJson(accept: string | undefined): boolean {
  return !accept || new Negotiator({ headers: { accept } }).mediaType(JSON_TYPES) !== undefined;
}

/**
 * The locale to answer in: `?locale=` when given (the schema has checked it is a
 * tag), else the `Accept-Language` header.
 */
export function negotiateLocale(
  queryLocale: string | undefined,
  acceptLanguage: string | undefined,
): Locale {
  const wanted = queryLocale ?? acceptLanguage;
  return wanted ? resolveLocale(wanted) : defaultLocale;
}
