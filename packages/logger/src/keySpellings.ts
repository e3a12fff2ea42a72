/**
 * Words a secret name often follows in a key: `accessToken`, `id_token`, `client-secret`.
 * Only for `keySpellings`: everywhere else a secret name matches as the end of any key.
 */
const PREFIXES: readonly (readonly string[])[] = [
  [],
  ['access'],
  ['refresh'],
  ['id'],
  ['auth'],
  ['client'],
  ['api'],
  ['private'],
];

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The usual spellings of keys that end with one of `names` (`apiKey` → `apiKey`, `ApiKey`,
 * `apikey`, `APIKEY`, `api_key`, `API_KEY`, `api-key`, `Api-Key`, `x-api-key`, `X-API-Key`…,
 * each also after the common prefixes): for the places where a key can only be matched
 * exactly, pino's `redact` paths. Names are split into ASCII words; what has none gives none.
 */
export function keySpellings(names: readonly string[]): string[] {
  const spellings = new Set<string>();
  for (const name of names) {
    const words = name
      .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
      .filter((word) => word.length > 0)
      .map((word) => word.toLowerCase());
    if (words.length === 0) continue;
    for (const prefix of PREFIXES) {
      const all = [...prefix, ...words];
      const [first = '', ...rest] = all;
      spellings.add(first + rest.map(cap).join(''));
      spellings.add(all.map(cap).join(''));
      spellings.add(all.join(''));
      spellings.add(all.join('').toUpperCase());
      spellings.add(all.join('_'));
      spellings.add(all.join('_').toUpperCase());
      for (const header of [all, ['x', ...all]]) {
        spellings.add(header.join('-'));
        spellings.add(header.map(cap).join('-'));
        spellings.add(header.join('-').toUpperCase());
        // HTTP headers write short words as acronyms: `X-API-Key`.
        const last = header.length - 1;
        spellings.add(
          header
            .map((word, i) => (i < last && word.length <= 3 ? word.toUpperCase() : cap(word)))
            .join('-'),
        );
      }
    }
  }
  return [...spellings];
}

/** A key as a pino `redact` path: bracket notation for what is no identifier. */
export function redactPath(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
}
