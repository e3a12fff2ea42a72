/**
 * Which paths the API has, derived from the routes as they are registered: a request
 * the router finds no route for is a 405 when its path is known (another method
 * would match) and a 404 otherwise. Nothing restates the route table by hand.
 */
import type { FastifyInstance } from 'fastify';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `/v1/:platform/errors/:code` → a regular expression source matching its paths. */
function pathPattern(url: string): string {
  return url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
    .join('/');
}

export interface KnownPaths {
  /** True when some route of the API answers `path` (no query string) with another method. */
  readonly has: (path: string) => boolean;
}

/**
 * Collects every GET route registered after this call, except those under the
 * prefixes given (a plugin's own assets, which keep their router's answers).
 */
export function knownPaths(app: FastifyInstance, except: readonly string[]): KnownPaths {
  const patterns = new Set<string>();
  let compiled: RegExp | undefined;
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.includes('GET')) return;
    if (except.some((prefix) => route.url.startsWith(prefix))) return;
    patterns.add(pathPattern(route.url.replace(/\/$/, '')));
    compiled = undefined;
  });
  return {
    has(path) {
      compiled ??= new RegExp(`^(?:${[...patterns].join('|')})/?$`);
      return compiled.test(path);
    },
  };
}
