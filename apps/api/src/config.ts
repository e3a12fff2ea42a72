/**
 * The server's settings, read from the environment once at start. Pure: it takes the
 * environment as an argument and throws a `ConfigError` naming every bad variable, so
 * `server.ts` can print one clear message and exit with `CONFIG_EXIT_CODE`.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  /** `'*'` for any origin, or the exact origins allowed (`https://app.example.com`). */
  readonly corsOrigins: '*' | readonly string[];
  /** Requests per client address per minute. */
  readonly rateLimitMax: number;
  /**
   * Where the docs site is deployed, without a trailing slash; every entry's `docsUrl`
   * points there. `undefined` (the default, as in the core's `docsUrl`): `docsUrl` is
   * `null`, since there is no public docs site to link to. `npm start` sets it to the
   * docs site it serves beside the API.
   */
  readonly docsBaseUrl: string | undefined;
  /**
   * Where clients reach this API, without a trailing slash: problem `type` URIs are built
   * on it. `undefined`: the address the server listens on (`http://127.0.0.1:<port>`).
   */
  readonly publicBaseUrl: string | undefined;
  /**
   * `redis://` or `rediss://` address of the Redis every replica shares the rate limit
   * through; `undefined`: each process counts in its own memory.
   */
  readonly redisUrl: string | undefined;
  /**
   * Whom the end-user texts tell users to contact (`help@acme.io`, a help page's URL,
   * a phone number): the app's own support. `undefined` (the default): each locale's
   * words for the app's support team ("Contact this app’s support team."), never
   * VideoSDK's address, which an app's end user cannot get help from.
   */
  readonly supportContact: string | undefined;
}

export const defaultConfig: Config = {
  port: 3000,
  host: '127.0.0.1',
  logLevel: 'info',
  corsOrigins: '*',
  rateLimitMax: 1000,
  docsBaseUrl: undefined,
  publicBaseUrl: undefined,
  redisUrl: undefined,
  supportContact: undefined,
};

/** sysexits' EX_CONFIG: the service is misconfigured, restarting it will not help. */
export const CONFIG_EXIT_CODE = 78;

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

// A value from the environment is untrusted: show a bounded, printable excerpt of it.
function shown(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(cut);
}

function parsePort(raw: string, problems: string[]): number | undefined {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    problems.push(
      `PORT must be an integer from 0 to 65535 (0 picks a free port); got ${shown(raw)}`,
    );
    return undefined;
  }
  return Number(raw);
}

// An IPv4 address, a bracketless IPv6 address or a DNS name: what `listen({ host })` takes.
const HOST_PATTERN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/;

function parseHost(raw: string, problems: string[]): string | undefined {
  if (raw.length > 253 || !HOST_PATTERN.test(raw)) {
    problems.push(
      `HOST must be an IP address or a host name (e.g. 127.0.0.1, 0.0.0.0, ::1); got ${shown(raw)}`,
    );
    return undefined;
  }
  return raw;
}

function parseLogLevel(raw: string, problems: string[]): LogLevel | undefined {
  const level = raw.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got ${shown(raw)}`);
    return undefined;
  }
  return level as LogLevel;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

function parseCorsOrigins(raw: string, problems: string[]): Config['corsOrigins'] | undefined {
  const trimmed = raw.trim();
  if (trimmed === '*') return '*';
  const origins = trimmed
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  const bad = origins.filter((o) => !isOrigin(o));
  if (origins.length === 0 || bad.length > 0) {
    problems.push(
      `CORS_ORIGINS must be * or a comma-separated list of origins like https://app.example.com (scheme, host, optional port; no path or trailing slash); got ${shown(raw)}`,
    );
    return undefined;
  }
  return origins;
}

function parseRateLimitMax(raw: string, problems: string[]): number | undefined {
  if (!/^\d{1,10}$/.test(raw) || Number(raw) < 1) {
    problems.push(
      `RATE_LIMIT_MAX must be a positive integer (requests per minute per client); got ${shown(raw)}`,
    );
    return undefined;
  }
  return Number(raw);
}

/** An absolute http(s) URL without query or fragment, trailing slashes removed. */
function baseUrlParser(name: string) {
  return (raw: string, problems: string[]): string | undefined => {
    try {
      const url = new URL(raw);
      if (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        !url.search &&
        !url.hash &&
        !url.username &&
        !url.password
      ) {
        return url.href.replace(/\/+$/, '');
      }
    } catch {
      // reported below
    }
    problems.push(
      `${name} must be an absolute http(s) URL without credentials, query or fragment; got ${shown(raw)}`,
    );
    return undefined;
  };
}

function parseRedisUrl(raw: string, problems: string[]): string | undefined {
  try {
    const url = new URL(raw);
    if ((url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname && !url.hash) {
      return raw;
    }
  } catch {
    // reported below
  }
  // Never echo the value: a Redis URL may hold a password.
  problems.push(
    'REDIS_URL must be a redis:// or rediss:// URL with a host (redis://127.0.0.1:6379, redis://:password@redis.internal:6379/0)',
  );
  return undefined;
}

const MAX_SUPPORT_CONTACT = 200;

// It is shown inside sentences in nine languages, as one line of text: control
// characters, line breaks and bidi controls (an override would reorder the Arabic
// sentence around it; the texts isolate the value themselves) are refused.
const NOT_IN_CONTACT = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function parseSupportContact(raw: string, problems: string[]): string | undefined {
  if (raw.length > MAX_SUPPORT_CONTACT || NOT_IN_CONTACT.test(raw)) {
    problems.push(
      `SUPPORT_CONTACT must be one line of at most ${MAX_SUPPORT_CONTACT} characters without control characters (help@acme.io, https://acme.io/help, +1 555-0100); got ${shown(raw)}`,
    );
    return undefined;
  }
  return raw;
}

/**
 * Reads `PORT`, `HOST`, `LOG_LEVEL`, `CORS_ORIGINS`, `RATE_LIMIT_MAX`,
 * `DOCS_BASE_URL`, `PUBLIC_BASE_URL`, `REDIS_URL` and `SUPPORT_CONTACT`. Unset or empty variables take their default.
 * @throws ConfigError listing every bad value.
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const read = <T>(
    name: string,
    parse: (raw: string, problems: string[]) => T | undefined,
    fallback: T,
  ): T => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    return parse(raw.trim(), problems) ?? fallback;
  };
  const config: Config = {
    port: read('PORT', parsePort, defaultConfig.port),
    host: read('HOST', parseHost, defaultConfig.host),
    logLevel: read('LOG_LEVEL', parseLogLevel, defaultConfig.logLevel),
    corsOrigins: read('CORS_ORIGINS', parseCorsOrigins, defaultConfig.corsOrigins),
    rateLimitMax: read('RATE_LIMIT_MAX', parseRateLimitMax, defaultConfig.rateLimitMax),
    docsBaseUrl: read<string | undefined>(
      'DOCS_BASE_URL',
      baseUrlParser('DOCS_BASE_URL'),
      defaultConfig.docsBaseUrl,
    ),
    publicBaseUrl: read<string | undefined>(
      'PUBLIC_BASE_URL',
      baseUrlParser('PUBLIC_BASE_URL'),
      defaultConfig.publicBaseUrl,
    ),
    redisUrl: read<string | undefined>('REDIS_URL', parseRedisUrl, defaultConfig.redisUrl),
    supportContact: read<string | undefined>(
      'SUPPORT_CONTACT',
      parseSupportContact,
      defaultConfig.supportContact,
    ),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
