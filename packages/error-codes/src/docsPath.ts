import type { PlatformId } from './types.js';

/** The path prefix of a locale on the docs site: `''` for English, `/de` for German. */
export function localePrefix(locale?: string): string {
  return locale && locale !== 'en' ? `/${encodeURIComponent(locale)}` : '';
}

/**
 * Where the docs site puts a code's page: `/web/errors/3017/`,
 * `/de/flutter/errors/3017/`. The platform is part of the address because one
 * number means different things on different platforms. The docs site, the API's
 * `docsUrl` and the logger's docs link all build it here.
 */
export function docsPath(platform: PlatformId, code: number | string, locale?: string): string {
  return `${localePrefix(locale)}/${platform}/errors/${encodeURIComponent(String(code))}/`;
}

/**
 * The default public address of the docs site. A placeholder (RFC 2606) until the
 * site is deployed: apps pass their own base (the API's DOCS_BASE_URL, the logger's
 * `docsBaseUrl`).
 */
export const DEFAULT_DOCS_BASE_URL = 'https://error-codes.example.com';

/** `docsPath` joined to a base address, without doubling the slash. */
export function docsUrl(
  platform: PlatformId,
  code: number | string,
  options: { baseUrl?: string; locale?: string } = {},
): string {
  const base = (options.baseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, '');
  return `${base}${docsPath(platform, code, options.locale)}`;
}
