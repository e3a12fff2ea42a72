/**
 * Where the docs site puts a code's page: `/errors/4001/`, `/de/errors/4001/`.
 * The docs site, the API's `docsUrl` and the logger's docs link all build it here.
 */
export function docsPath(code: number | string, locale?: string): string {
  const prefix = locale && locale !== 'en' ? `/${locale}` : '';
  return `${prefix}/errors/${encodeURIComponent(String(code))}/`;
}

/**
 * The default public address of the docs site. A placeholder (RFC 2606) until the
 * site is deployed: apps pass their own base (the API's DOCS_BASE_URL, the logger's
 * `docsBaseUrl`).
 */
export const DEFAULT_DOCS_BASE_URL = 'https://error-codes.example.com';

/** `docsPath` joined to a base address, without doubling the slash. */
export function docsUrl(
  code: number | string,
  options: { baseUrl?: string; locale?: string } = {},
): string {
  const base = (options.baseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, '');
  return `${base}${docsPath(code, options.locale)}`;
}
