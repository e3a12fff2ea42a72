/**
 * Security headers from @fastify/helmet. The plugin rebuilds helmet's middleware on
 * every request (about 30 µs, as much as the rest of a lookup); the JSON answers'
 * headers never vary, so helmet runs once at start-up against a probe route and its
 * headers are replayed on each reply. The HTML reference page keeps the plugin itself.
 */
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';

/**
 * For JSON, the headers OWASP's REST Security Cheat Sheet asks of an API: nothing may
 * load or frame the answer, no MIME sniffing, HTTPS only, no referrer; other sites may
 * read it (CORS decides). Headers that only matter to HTML pages (XSS auditor, DNS
 * prefetch, opener policy, origin-agent cluster, IE download options, Flash policies)
 * are left off: each header costs every reply some CPU.
 */
export const apiHelmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  frameguard: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/**
 * For the reference page: helmet's defaults (scripts and styles from this origin
 * only), without `upgrade-insecure-requests`, which would send the page's own assets
 * to https:// when the API is served over plain HTTP on a LAN address.
 */
export const pageHelmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
};

async function probeHeaders(options: FastifyHelmetOptions | undefined) {
  const probe = Fastify();
  if (options) await probe.register(helmet, options);
  probe.get('/', (_request, reply) => reply.send(''));
  const { headers } = await probe.inject('/');
  await probe.close();
  return headers;
}

/** The headers @fastify/helmet sets with `options`, as one object to `reply.headers()`. */
export async function helmetHeaders(
  options: FastifyHelmetOptions,
): Promise<Readonly<Record<string, string>>> {
  const [without, withHelmet] = await Promise.all([probeHeaders(undefined), probeHeaders(options)]);
  const added: Record<string, string> = {};
  for (const [name, value] of Object.entries(withHelmet)) {
    if (without[name] === undefined && typeof value === 'string') added[name] = value;
  }
  return Object.freeze(added);
}
