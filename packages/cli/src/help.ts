import { locales, pseudoLocale, queryFilters } from '@org/error-codes-i18n';
import { type FilterName, filterNames, isFlag, optionSpecs } from './args.js';
import { example } from './lineChoice.js';

const WIDTH = 80;
const LEFT = 24;

/** What each filter keeps; its values come from the catalog query itself. */
const filterHelp: Readonly<Record<FilterName, string>> = {
  platform: 'the SDK line whose table to read (`error-codes platforms` lists them)',
  category: 'what the error is about',
  source: 'who raises it, the device or the server',
  severity: 'how bad; fatal: the participant is out of the call',
  feature: 'the service concerned',
  retryable: 'only codes worth trying again (--retryable=false: the others)',
};

/** `  -p, --platform <p>`: the option column of one line. */
function optionColumn(name: string, value: string | undefined): string {
  const short = optionSpecs[name]?.short;
  return `  ${short ? `-${short}, ` : '    '}--${name}${value ? ` <${value}>` : ''}`;
}

/** Text after the option column, wrapped at 80 columns on word or comma boundaries. */
function described(column: string, text: string): string[] {
  const room = WIDTH - LEFT;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const first = column.length < LEFT - 1 ? column.padEnd(LEFT) : `${column}\n${' '.repeat(LEFT)}`;
  return lines.map((l, i) => (i === 0 ? first : ' '.repeat(LEFT)) + l);
}

function filterLines(name: FilterName): string[] {
  const values = queryFilters[name].join(', ');
  if (isFlag(name)) return described(optionColumn(name, undefined), filterHelp[name]);
  return [
    ...described(optionColumn(name, name[0]), `${filterHelp[name]}:`),
    ...described('', values),
  ];
}

/** `error-codes --help`: the usage, every filter with its values, the environment and exit status. */
export function helpText(): string {
  const locale = [...locales, pseudoLocale].join(', ');
  return [
    'Explain a VideoSDK meeting error code, on every platform, in your language.',
    '',
    'Usage:',
    '  error-codes <code|name|alias|words> [filters] [--locale <l>] [--json]',
    '  error-codes list [words] [filters] [--locale <l>] [--json]',
    '  error-codes platforms [--json]',
    '  error-codes --help | --version',
    '',
    'A code, a wire name or an alias shows its meaning on every SDK line, in full;',
    'where one number means different things on different lines, it says so first.',
    'Words show the best matches, one line each, and the command that shows one in',
    'full. `list` prints every match in code order, under a header row. `platforms`',
    'lists the SDK lines: their SDK, versions, codes and completeness.',
    '',
    'Filters (each one narrows the answer):',
    ...filterNames.flatMap(filterLines),
    ...described(
      optionColumn('sdk', 'pkg@version'),
      `the line your SDK's version is on, instead of --platform: ${example()}`,
    ),
    '',
    'Options:',
    ...described(optionColumn('locale', 'l'), `the language of the texts: ${locale}.`),
    ...described(
      '',
      'Without it: LC_ALL, LC_MESSAGES or LANG, else English. An unknown one warns and shows English.',
    ),
    ...described(optionColumn('json', undefined), 'JSON for scripts, every match in full'),
    ...described(optionColumn('help', undefined), 'this text'),
    ...described(optionColumn('version', undefined), 'the version of error-codes'),
    '',
    'Environment:',
    ...described(
      '  ERROR_CODES_DOCS_URL',
      'the address of your deployment of the docs site (https://…). Each entry then links to its page there. Unset: no docs links.',
    ),
    ...described('  NO_COLOR', 'no colours (colours are only used on a terminal anyway)'),
    '',
    'Examples:',
    '  error-codes 3008                  3008 on every line, the clash marked',
    `  error-codes 3023 --sdk ${example()}`,
    '  error-codes platforms --json',
    '  error-codes camera denied --platform web',
    '  error-codes INVALID_TOKEN --locale de',
    '  error-codes list --category auth --json',
    '  ERROR_CODES_DOCS_URL=https://errors.example.org error-codes 4001',
    '',
    'Exit status:',
    '  0  found (a warning, such as an unknown --locale, does not change it)',
    '  1  nothing matches (stderr says so)',
    '  2  bad usage (stderr says why)',
    '',
  ].join('\n');
}
