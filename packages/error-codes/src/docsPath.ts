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

const MAX_BASE_URL_LENGTH = 2048;

/**
 * `docsPath` joined to the address where an app deployed the docs site, or
 * `undefined` when none is given: the site has no public home yet, and a link to a
 * placeholder would send users nowhere. Only an absolute `http(s)` address is taken
 * (a trailing slash is dropped); anything else also gives `undefined`, never a throw.
 */
export function docsUrl(
  platform: PlatformId,
  code: number | string,
  options: { readonly baseUrl?: string | undefined; readonly locale?: string | undefined } = {},
): string | undefined {
  const { baseUrl, locale } = typeof options === 'object' && options !== null ? options : {};
  const raw = typeof baseUrl === 'string' ? baseUrl.trim() : '';
  if (raw.length > MAX_BASE_URL_LENGTH || !/^https?:\/\/[^/\s]+/i.test(raw)) return undefined;
  return `${raw.replace(/\/+$/, '')}${docsPath(platform, code, typeof locale === 'string' ? locale : undefined)}`;
}
