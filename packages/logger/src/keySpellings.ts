import { DEFAULT_REDACT_KEYS, type LoggerOptions } from './options.js';

/**
 * Words that often come before a secret's name (`accessToken`, `clientSecret`). The
 * key matcher needs none of them (a key matches by its end); pino's `redact` matches
 * exact names, so for it they are spelled out.
 */
const QUALIFIERS = ['access', 'refresh', 'id', 'client'] as const;

/** `apiKey`, `api_key`, `X-API-Key` → `['api', 'key']`; `HTTPToken` → `['http', 'token']`. */
export function wordsOf(key: string): string[] {
  return key
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** One name written the ways code and HTTP headers write names. */
function casings(words: readonly string[]): string[] {
  const [first = '', ...rest] = words;
  const kebab = words.join('-');
  return [
    first + rest.map(capital).join(''), // apiKey
    words.map(capital).join(''), // ApiKey
    words.join(''), // apikey
    words.join('_'), // api_key
    words.join('_').toUpperCase(), // API_KEY
    kebab, // api-key
    `x-${kebab}`, // x-api-key
  ];
}

/**
 * The exact spellings of these key names that pino's `redact` should cover: each key
 * as written, and its words, alone and after each of `QUALIFIERS`, in camelCase,
 * PascalCase, flatcase, snake_case, UPPER_SNAKE, kebab-case and `x-` header form.
 * `apiKey` gives `apiKey`, `api_key`, `API_KEY`, `x-api-key`, `clientApiKey`…;
 * `token` gives `accessToken`, `refresh_token`, `id_token`…. Keys that are not
 * strings, are longer than 128 characters or have no letter or digit give nothing. Deduplicated, in a stable order.
 */
export function keySpellings(keys: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    // The matcher decides on a key's last 128 characters; no binding has a longer name.
    if (typeof key !== 'string' || key.length > 128) continue;
    const words = wordsOf(key);
    if (words.length === 0) continue;
    out.add(key);
    for (const qualifier of [undefined, ...QUALIFIERS]) {
      const qualified = qualifier === undefined ? words : [qualifier, ...words];
      for (const spelling of casings(qualified)) out.add(spelling);
    }
  }
  return [...out];
}

/**
 * A top-level pino `redact` path for a key: the name itself when it is an identifier,
 * `["x-api-key"]` when it only has letters, digits, `_`, `$` and `-`, otherwise
 * undefined (a dot or bracket would be read as a nested path).
 */
export function redactPath(key: string): string | undefined {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return key;
  if (/^[\w$-]+$/.test(key)) return `["${key}"]`;
  return undefined;
}

/** pino `redact` paths for every spelling of the default keys and the caller's `redactKeys`. */
export function childBindingPaths(redactKeys: LoggerOptions['redactKeys']): string[] {
  const keys = [...DEFAULT_REDACT_KEYS, ...(Array.isArray(redactKeys) ? redactKeys : [])];
  return keySpellings(keys).flatMap((key) => redactPath(key) ?? []);
}
