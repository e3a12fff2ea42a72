import { parseArgs } from 'node:util';
import { categories, features, platformIds, severities, sources } from '@org/error-codes';

/** What the command line asks for, or why it cannot be read. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'explain'; readonly query: string; readonly options: CommonOptions }
  | { readonly kind: 'list'; readonly filters: ListFilters; readonly options: CommonOptions }
  | { readonly kind: 'usage-error'; readonly message: string };

export interface CommonOptions {
  readonly platform: (typeof platformIds)[number] | undefined;
  readonly locale: string | undefined;
  readonly json: boolean;
}

export interface ListFilters {
  readonly category: string | undefined;
  readonly severity: string | undefined;
  readonly source: string | undefined;
  readonly feature: string | undefined;
  readonly retryable: boolean | undefined;
}

const MAX_QUERY = 200;

const vocabularies = {
  platform: platformIds,
  category: categories,
  severity: severities,
  source: sources,
  feature: features,
} as const;

function check(name: keyof typeof vocabularies, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const allowed: readonly string[] = vocabularies[name];
  return allowed.includes(value)
    ? undefined
    : `--${name} must be one of: ${allowed.join(', ')} (got “${value.slice(0, 40)}”)`;
}

/** Reads argv (without `node` and the script). Never throws: bad usage is a `usage-error`. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof read>;
  try {
    parsed = read(argv);
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message.split('\n')[0] ?? 'bad usage' };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  for (const name of Object.keys(vocabularies) as (keyof typeof vocabularies)[]) {
    const problem = check(name, values[name]);
    if (problem) return { kind: 'usage-error', message: problem };
  }
  const options: CommonOptions = {
    platform: values.platform as CommonOptions['platform'],
    locale: values.locale,
    json: values.json ?? false,
  };
  if (positionals[0] === 'list') {
    if (positionals.length > 1) {
      return { kind: 'usage-error', message: 'list takes filters as options, not words' };
    }
    return {
      kind: 'list',
      options,
      filters: {
        category: values.category,
        severity: values.severity,
        source: values.source,
        feature: values.feature,
        retryable: values.retryable,
      },
    };
  }
  for (const name of ['category', 'severity', 'source', 'feature', 'retryable'] as const) {
    if (values[name] !== undefined) {
      return { kind: 'usage-error', message: `--${name} is a filter of \`error-codes list\`` };
    }
  }
  const query = positionals.join(' ').trim();
  if (!query) return { kind: 'usage-error', message: 'give a code, a name, an alias or words' };
  if (query.length > MAX_QUERY) {
    return { kind: 'usage-error', message: `the query is longer than ${MAX_QUERY} characters` };
  }
  return { kind: 'explain', query, options };
}

function read(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      platform: { type: 'string', short: 'p' },
      locale: { type: 'string', short: 'l' },
      json: { type: 'boolean' },
      category: { type: 'string' },
      severity: { type: 'string' },
      source: { type: 'string' },
      feature: { type: 'string' },
      retryable: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
