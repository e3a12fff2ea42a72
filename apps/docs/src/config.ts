/**
 * The site's one build-time contract, read here and nowhere else:
 *
 * - `SITE_URL`: the origin the site is deployed at. Canonical URLs, hreflang, the
 *   sitemap and the logger snippet's `docsBaseUrl` use it.
 * - `API_URL`: the origin of the lookup API (apps/api). The curl, fetch and Dart
 *   snippets call it.
 *
 * Unset or empty, a build takes the public placeholders below (RFC 2606 names), so a
 * build for deployment never writes a loopback address into a page unless it is
 * asked to. The dev server (`local`) defaults to the addresses `pnpm dev` listens on.
 */
export interface SiteConfig {
  /** `https://errors.example.org`: no trailing slash, no path. */
  readonly siteUrl: string;
  readonly apiUrl: string;
}

export const DEFAULT_SITE_URL = 'https://error-codes.example.com';
export const DEFAULT_API_URL = 'https://api.error-codes.example.com';

/** What `pnpm dev` serves: this site on 5173 and the API on 3000, both on loopback. */
export const LOCAL_DEFAULTS: SiteConfig = {
  siteUrl: 'http://127.0.0.1:5173',
  apiUrl: 'http://127.0.0.1:3000',
};

export const BUILD_DEFAULTS: SiteConfig = {
  siteUrl: DEFAULT_SITE_URL,
  apiUrl: DEFAULT_API_URL,
};

const MAX_URL_LENGTH = 2048;

/**
 * An origin from the environment, or a clear error naming the variable. Pages link
 * from the root (`/web/errors/3017/`), so a path would break every link: only an
 * origin is accepted (a trailing slash is dropped).
 */
function origin(name: string, raw: string): string {
  const shown = JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw);
  let url: URL | undefined;
  try {
    url = raw.length <= MAX_URL_LENGTH ? new URL(raw) : undefined;
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    url.pathname !== '/' ||
    /[?#]/.test(raw)
  ) {
    throw new Error(
      `${name} must be an origin such as https://errors.example.org (http or https, no path, query or credentials); got ${shown}`,
    );
  }
  return url.origin;
}

/**
 * The site's configuration from an environment (`process.env` by default). Throws
 * a clear error for a malformed value, so a bad deploy fails at build time.
 */
export function readSiteConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: { local?: boolean } = {},
): SiteConfig {
  const defaults = options.local ? LOCAL_DEFAULTS : BUILD_DEFAULTS;
  const read = (name: 'SITE_URL' | 'API_URL', fallback: string) => {
    const value =
      typeof env === 'object' && env !== null && Object.hasOwn(env, name) ? env[name] : undefined;
    const raw = typeof value === 'string' ? value.trim() : '';
    return raw === '' ? fallback : origin(name, raw);
  };
  return {
    siteUrl: read('SITE_URL', defaults.siteUrl),
    apiUrl: read('API_URL', defaults.apiUrl),
  };
}
