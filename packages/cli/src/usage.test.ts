import { queryFilters } from '@org/error-codes-i18n';
import { describe, expect, it } from 'vitest';
import { cli, inProcess, UNPRINTABLE } from '../test/harness.js';

const tryHelp = 'Try `error-codes --help`.\n';
const ids = queryFilters.platform.join(', ');
const huge = 'x'.repeat(100_000);

describe('bad usage', () => {
  it('names an unknown option and what was meant, not Node’s parser text', async () => {
    const r = await cli(['3017', '--platfrom', 'web']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error-codes: unknown option --platfrom. Did you mean --platform?\n${tryHelp}`,
    );
  });

  it.each([
    ['--jsn', 'Did you mean --json?'],
    ['--local', 'Did you mean --locale?'],
    ['--categroy', 'Did you mean --category?'],
    ['--retry', 'Did you mean --retryable?'],
    ['--Platform', 'Did you mean --platform?'],
    ['--plätform', 'Did you mean --platform?'],
    ['--severty', 'Did you mean --severity?'],
    ['--versoin', 'Did you mean --version?'],
    ['-P', 'Did you mean -p (--platform)?'],
    ['-H', 'Did you mean -h (--help)?'],
    ['--\u202eplatform', 'Did you mean --platform?'],
  ])('%s: %s', async (option, hint) => {
    const r = await inProcess([option, 'web', '4001']);
    expect(r.code).toBe(2);
    // What was typed is echoed with its invisible characters made visible.
    const typed = option.replace('\u202e', '\ufffd');
    expect(r.stderr).toBe(`error-codes: unknown option ${typed}. ${hint}\n${tryHelp}`);
  });

  it.each([
    '--zzz',
    '--__proto__',
    '--constructor',
    '--toString',
    '--hasOwnProperty',
    '-x',
    '--=x',
    '---',
    `--${huge}`,
    '--\u0000',
    '--😀',
  ])('%# is an unknown option, with no guess and no echo longer than 40 characters', async (o) => {
    const r = await inProcess([o, '4001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error-codes: unknown option /);
    expect(r.stderr).not.toMatch(/Did you mean/);
    expect(r.stderr.length).toBeLessThan(120);
    expect(r.stderr).not.toMatch(UNPRINTABLE);
  });

  it('says long options take two dashes', async () => {
    const r = await inProcess(['-platform', 'web', '4001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error-codes: -platform: long options take two dashes. Did you mean --platform?\n${tryHelp}`,
    );
    // `-p web` and `-pweb` are what they look like.
    expect((await inProcess(['-p', 'web', '4001'])).code).toBe(0);
    expect((await inProcess(['-pweb', '4001'])).code).toBe(0);
    expect((await inProcess(['-l', 'de', '4001'])).code).toBe(0);
  });

  it.each([
    [
      ['--platform', 'wbe', '4001'],
      `--platform must be one of: ${ids} (got “wbe”). Did you mean web?`,
    ],
    [
      ['--platform', 'IOS', '4001'],
      `--platform must be one of: ${ids} (got “IOS”). Did you mean ios?`,
    ],
    [
      ['--platform', 'flutter-2', '4001'],
      `--platform must be one of: ${ids} (got “flutter-2”). Did you mean flutter-1?`,
    ],
    [['--platform', '__proto__', '4001'], `--platform must be one of: ${ids} (got “__proto__”).`],
    [
      ['list', '--category', 'screen'],
      `--category must be one of: ${queryFilters.category.join(', ')} (got “screen”). Did you mean screenshare?`,
    ],
    // Two categories start with "media": no guess.
    [
      ['list', '--category', 'media'],
      `--category must be one of: ${queryFilters.category.join(', ')} (got “media”).`,
    ],
    [['--platform'], `--platform needs a value: ${ids}`],
    [['4001', '--platform', '--json'], `--platform needs a value: ${ids}`],
    [['4001', '--locale'], '--locale needs a value'],
    [['4001', '--json=1'], '--json takes no value'],
    [['list', '--retryable=maybe'], '--retryable is true or false (got “maybe”)'],
    [['list', '--platform='], `--platform must be one of: ${ids} (got “”).`],
    [[], 'give a code, a name, an alias or words (`error-codes list` lists every code)'],
    [['   '], 'give a code, a name, an alias or words (`error-codes list` lists every code)'],
    [[huge], 'the words are longer than 256 characters'],
  ])('usage %#: %s', async (args, message) => {
    const r = await inProcess(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error-codes: ${message}\n${tryHelp}`);
  });

  it('reads an option value written inline, and `--` ends the options', async () => {
    expect((await inProcess(['4001', '--platform=web'])).code).toBe(0);
    const r = await inProcess(['--json', '--', '--help']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).query).toBe('--help');
  });
});

// Every pair of these, in both orders: junk, options and words a shell or an embedding
// tool could pass. Whatever comes in, the answer is a status of 0, 1 or 2 and a short
// message; nothing throws, nothing prints a stack, nothing echoes a control character.
const pieces = [
  '',
  ' ',
  '__proto__',
  'constructor',
  huge,
  '\u0000',
  '\ud800',
  '\u202e4001',
  '😀',
  'ﬁ',
  '--',
  '-',
  '--platform',
  '--locale',
  '--retryable=false',
  '--json',
  'list',
  '3017',
  '3008',
  'camera',
  'platforms',
  '--sdk',
  '--sdk=videosdk@3.8.0',
  '--sdk=__proto__@1.0.0',
  '--platform=flutter',
  '--platform=android',
  '--platform=flutter-3',
];

describe('junk in pairs', () => {
  it('never fails in an unexpected way', async () => {
    for (const a of pieces) {
      for (const b of pieces) {
        const r = await inProcess([a, b]);
        const label = JSON.stringify([a.slice(0, 20), b.slice(0, 20)]);
        expect([0, 1, 2], label).toContain(r.code);
        expect(r.stderr, label).not.toMatch(/unexpected error|\n\s+at /);
        // The longest is lineFor's reason for an unknown --sdk package: it lists every known range.
        expect(r.stderr.length, label).toBeLessThan(600);
        expect(r.stderr, label).not.toMatch(UNPRINTABLE);
        if (r.code === 0) expect(r.stdout.length, label).toBeGreaterThan(0);
        if (r.code !== 0) expect(r.stderr.length, label).toBeGreaterThan(0);
      }
    }
  });
});
