import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type CatalogQuery, parseQuery, queryFilters, queryLimits } from '@org/error-codes-i18n';
import { platformRefusal, sdkChoice } from './lineChoice.js';
import { shown } from './shown.js';
import { didYouMean } from './suggest.js';

/** What the command line asks for, or why it cannot be read. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'explain';
      readonly query: string;
      readonly filters: CatalogQuery;
      readonly options: CommonOptions;
    }
  | { readonly kind: 'list'; readonly filters: CatalogQuery; readonly options: CommonOptions }
  | { readonly kind: 'platforms'; readonly filters: CatalogQuery; readonly options: CommonOptions }
  | { readonly kind: 'usage-error'; readonly message: string };

export interface CommonOptions {
  /** `--locale` as typed, when given. */
  readonly locale: string | undefined;
  readonly json: boolean;
}

/** A filter of the catalog query (`@org/error-codes-i18n`'s `queryFilters`): the CLI declares none of its own. */
export type FilterName = keyof typeof queryFilters;
export const filterNames = Object.keys(queryFilters) as FilterName[];

/** A filter whose values are `true` and `false` is a flag: `--retryable`, `--retryable=false`. */
export function isFlag(name: FilterName): boolean {
  const values: readonly string[] = queryFilters[name];
  return values.length === 2 && values.includes('true') && values.includes('false');
}

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

const shortNames: Partial<Record<string, string>> = {
  platform: 'p',
  locale: 'l',
  help: 'h',
  version: 'v',
};

/** Every option: the catalog's filters, then the CLI's own. */
export const optionSpecs: Readonly<Record<string, OptionSpec>> = Object.fromEntries(
  [
    ...filterNames.map((name) => [name, isFlag(name) ? 'boolean' : 'string'] as const),
    ['sdk', 'string'] as const,
    ['locale', 'string'] as const,
    ['json', 'boolean'] as const,
    ['help', 'boolean'] as const,
    ['version', 'boolean'] as const,
  ].map(([name, type]) => {
    const short = shortNames[name];
    return [name, short ? { type, short } : { type }];
  }),
);
const longNames = Object.keys(optionSpecs);

const usage = (message: string): Command => ({ kind: 'usage-error', message });

/** Reads argv (without `node` and the script). Never throws: bad usage is a `usage-error`. */
export function parseCommand(argv: readonly string[]): Command {
  const oneDash = singleDashLongOption(argv);
  if (oneDash) return usage(oneDash);
  const { tokens } = parseArgs({
    args: [...argv],
    options: optionSpecs as ParseArgsConfig['options'],
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const given = new Map<string, string>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(optionSpecs, token.name) ? optionSpecs[token.name] : undefined;
    if (!spec) return usage(unknownOption(token.rawName, token.name));
    const value = readValue(token.name, spec, token.value, token.inlineValue === true);
    if (value.problem !== undefined) return usage(`${token.rawName} ${value.problem}`);
    given.set(token.name, value.value);
  }
  if (given.has('help')) return { kind: 'help' };
  if (given.has('version')) return { kind: 'version' };

  const sub = positionals[0] === 'list' || positionals[0] === 'platforms' ? positionals[0] : '';
  const words = (sub ? positionals.slice(1) : positionals).join(' ');
  const record: Record<string, string> = { q: words };
  for (const name of filterNames) {
    const value = given.get(name);
    if (value !== undefined) record[name] = value;
  }
  const parsed = parseQuery(record).query;
  for (const name of filterNames) {
    const value = record[name];
    if (value !== undefined && parsed[name] === undefined) return usage(badValue(name, value));
  }
  const sdk = given.get('sdk');
  let query = parsed;
  if (sdk !== undefined) {
    const choice = sdkChoice(sdk);
    if (!choice.ok) return usage(choice.problem);
    if (parsed.platform !== undefined && parsed.platform !== choice.platform) {
      return usage(
        `--sdk ${shown(sdk)} is the ${choice.platform} line, but --platform says ${parsed.platform}`,
      );
    }
    query = { ...parsed, platform: choice.platform };
  }
  if (words.trim() !== '' && query.q === undefined) {
    return usage(`the words are longer than ${queryLimits.maxQueryLength} characters`);
  }
  const options: CommonOptions = { locale: given.get('locale'), json: given.has('json') };
  if (sub === 'list') return { kind: 'list', filters: query, options };
  const { q, ...filters } = query;
  if (sub === 'platforms') {
    const narrowed = Object.keys(filters).filter((name) => name !== 'platform');
    if (q !== undefined || narrowed.length > 0) {
      return usage('`platforms` takes no words and no filter but --platform or --sdk');
    }
    return { kind: 'platforms', filters, options };
  }
  if (q === undefined) {
    return usage('give a code, a name, an alias or words (`error-codes list` lists every code)');
  }
  return { kind: 'explain', query: q, filters, options };
}

type TokenValue = { value: string; problem?: undefined } | { value?: undefined; problem: string };

function readValue(
  name: string,
  spec: OptionSpec,
  value: string | undefined,
  inline: boolean,
): TokenValue {
  if (spec.type === 'string') {
    // `--platform --json` would read `--json` as the platform: a value that looks like an
    // option is one, unless written inline (`--locale=-x`).
    if (value === undefined || (!inline && value.startsWith('-') && value !== '-')) {
      return { problem: `needs a value${valuesHint(name)}` };
    }
    return { value };
  }
  if (value === undefined) return { value: 'true' };
  if ((filterNames as string[]).includes(name) && (value === 'true' || value === 'false')) {
    return { value };
  }
  return {
    problem: (filterNames as string[]).includes(name)
      ? `is true or false (got “${shown(value)}”)`
      : 'takes no value',
  };
}

function valuesHint(name: string): string {
  if (!(filterNames as string[]).includes(name)) return '';
  return `: ${queryFilters[name as FilterName].join(', ')}`;
}

function unknownOption(rawName: string, name: string): string {
  const base = `unknown option ${shown(rawName)}`;
  if (rawName.startsWith('--')) {
    const guess = didYouMean(name, longNames);
    return guess ? `${base}. Did you mean --${guess}?` : base;
  }
  // One letter: only a different case is a likely typo (`-P` for `-p`).
  const short = Object.entries(optionSpecs).find(([, s]) => s.short === name.toLowerCase());
  return short ? `${base}. Did you mean -${short[1].short} (--${short[0]})?` : base;
}

/** `-platform web`: Node reads it as `-p latform`; say what was meant instead. */
function singleDashLongOption(argv: readonly string[]): string | undefined {
  for (const arg of argv) {
    if (arg === '--') return undefined;
    const m = /^-([^-=][^=]+)/.exec(arg);
    const guess = m?.[1] ? didYouMean(m[1], longNames) : undefined;
    if (guess && guess.length > 1) {
      return `${shown(arg.split('=')[0] ?? arg)}: long options take two dashes. Did you mean --${guess}?`;
    }
  }
  return undefined;
}

function badValue(name: FilterName, value: string): string {
  const refused = name === 'platform' ? platformRefusal(value) : undefined;
  if (refused !== undefined) return refused;
  const allowed: readonly string[] = queryFilters[name];
  const guess = didYouMean(value, allowed);
  const hint = guess ? ` Did you mean ${guess}?` : '';
  return `--${name} must be one of: ${allowed.join(', ')} (got “${shown(value)}”).${hint}`;
}
