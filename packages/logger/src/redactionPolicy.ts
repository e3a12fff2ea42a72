/**
 * Keys whose values never reach a log line. Matched case-insensitively, ignoring `-`,
 * `_`, `.` and spaces, as the whole key or its end: `token` also covers `accessToken`,
 * `refresh_token` and `x-id-token`; `apiKey` covers `apikey`, `api_key` and `X-API-Key`.
 */
export const DEFAULT_REDACT_KEYS: readonly string[] = [
  'token',
  'apiKey',
  'authorization',
  'secret',
  'password',
];

/** What a redacted value becomes. */
export const REDACTED = '[redacted]';

/** What is redacted and how much of a value is kept: the walker's and the string scrub's rules. */
export interface RedactionPolicy {
  readonly maxDepth: number;
  readonly maxBreadth: number;
  readonly maxStringLength: number;
  readonly maxNodes: number;
  readonly isSecretKey: (key: string) => boolean;
  /**
   * A secret named in text: `?token=…`, `api_key=…`, `X-API-Key: …`, `"apiKey":"…"`,
   * `Authorization: Bearer …`. Group 1 (the name and separator) is kept, the value goes.
   */
  readonly secretText: RegExp;
  /** The secret names, lower case without `-`, `_`, `.`: a cheap test before `secretText`. */
  readonly secretNames: readonly string[];
  /** Values seen under secret keys of the error being logged: they go wherever else they appear. */
  readonly knownSecrets?: readonly string[];
}

/** The limits and extra keys a caller may set (`LoggerOptions` holds them). */
export interface RedactionLimits {
  /** Key names redacted on top of the defaults, matched the same way (see `DEFAULT_REDACT_KEYS`). */
  readonly redactKeys?: readonly string[] | undefined;
  /** Objects nested deeper than this are written as `[Object]` / `[Array]`. Default 8. */
  readonly maxDepth?: number | undefined;
  /** Array items and object keys kept per container; the rest is summarised. Default 100. */
  readonly maxBreadth?: number | undefined;
  /** Strings longer than this are cut (before the JWT scan, so the work stays bounded). Default 16384. */
  readonly maxStringLength?: number | undefined;
  /** Values visited per call before the rest is written as `[truncated]`. Default 10000. */
  readonly maxNodes?: number | undefined;
}

export function redactionPolicy(options: RedactionLimits): RedactionPolicy {
  const extra = Array.isArray(options.redactKeys) ? options.redactKeys : [];
  const suffixes = [...DEFAULT_REDACT_KEYS, ...extra]
    .filter((key): key is string => typeof key === 'string')
    .map(normalizeKey)
    .filter((key) => key.length > 0);
  return {
    maxDepth: positive(options.maxDepth, 8),
    maxBreadth: positive(options.maxBreadth, 100),
    maxStringLength: positive(options.maxStringLength, 16_384),
    maxNodes: positive(options.maxNodes, 10_000),
    isSecretKey: keyMatcher(suffixes),
    secretText: textPattern(suffixes),
    secretNames: suffixes,
  };
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1
    ? Math.floor(value)
    : fallback;
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[-_.\s]/g, '');
}

// Log lines repeat the same few keys, so the verdict is cached; the cache is capped
// because keys can come from user data.
function keyMatcher(suffixes: readonly string[]): (key: string) => boolean {
  const cache = new Map<string, boolean>();
  return (key) => {
    let verdict = cache.get(key);
    if (verdict === undefined) {
      // Only the end of a key decides, so a huge key costs no more than a short one.
      const normalized = normalizeKey(key.length > 128 ? key.slice(-128) : key);
      verdict = suffixes.some((suffix) => normalized.endsWith(suffix));
      if (cache.size >= 2048) cache.clear();
      cache.set(key, verdict);
    }
    return verdict;
  };
}

/**
 * An HTTP auth scheme before a credential: kept, and never taken for the credential
 * itself. A value already `[redacted]` is never matched again (`[` ends a value).
 */
const SCHEME = '(?:bearer|basic|digest|token)';

// A name in text is matched like an object key: the same names, any case, with or
// without `-`, `_` or `.` between the letters (`api_key`, `X-Api-Key`), as the end of
// a longer name (`access_token`). Quotes (also JSON-escaped ones), spaces and an HTTP
// auth scheme may sit between the name and the value.
function textPattern(suffixes: readonly string[]): RegExp {
  const names = suffixes
    .map((suffix) =>
      [...suffix].map((char) => char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('[-_.]?'),
    )
    .join('|');
  const quote = `(?:\\\\?["'])?`;
  return new RegExp(
    `((?:${names})${quote}[ \\t]{0,4}[:=][ \\t]{0,4}(?:${SCHEME}[ \\t]+)?${quote})(?!${SCHEME}[ \\t])[^\\s"'\\\\&#,;<>()[\\]{}]+`,
    'gi',
  );
}
