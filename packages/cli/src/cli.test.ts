import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { locales, pseudoLocale } from '@org/error-codes-i18n';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const exec = promisify(execFile);

/** The built bin in a real child process, its stdout a pipe (not a terminal). */
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `run` in process, with a fake terminal, to see what a TTY gets. */
async function inProcess(args: string[], env: Record<string, string> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY },
    stderr: { write: (t: string) => (stderr += t) },
    env,
  });
  return { code, stdout, stderr };
}

// The escape that starts every ANSI style.
const ANSI = '\u001b[';

describe('error-codes <query>', () => {
  it('says first that 3017 means different things, then explains both platforms', async () => {
    const r = await cli(['3017']);
    expect(r.code).toBe(0);
    const [first] = r.stdout.split('\n');
    expect(first).toMatch(/3017 means different things/);
    expect(r.stdout).toContain('ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
    expect(r.stdout).toContain('ERROR_CREATING_VIDEO_TRACK');
    expect(r.stdout).toMatch(/Why it happens[\s\S]*How to fix it[\s\S]*\[End user\]/);
    expect(r.stdout).toContain('/web/errors/3017/');
    expect(r.stdout).not.toContain(ANSI);
  });

  it('prints the same as JSON with --json, one platform with --platform', async () => {
    const r = await cli(['3017', '--platform', 'web', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.clash).toBe(true);
    expect(doc.matches).toHaveLength(1);
    expect(doc.matches[0]).toMatchObject({
      platform: 'web',
      code: 3017,
      name: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      sameMeaning: [{ platform: 'flutter', code: 3007 }],
    });
    expect(doc.matches[0].fixes.length).toBeGreaterThan(0);
    expect(doc.matches[0].docsUrl).toMatch(/\/web\/errors\/3017\/$/);
  });

  it('finds names, aliases in any case, and words', async () => {
    const alias = JSON.parse((await cli(['max_partcipant_reached', '--json'])).stdout);
    expect(alias.matches.map((m: { platform: string }) => m.platform)).toEqual(['web', 'flutter']);
    const words = await cli(['pubsub', 'publish', '--json']);
    expect(JSON.parse(words.stdout).matches.map((m: { code: number }) => m.code)).toContain(4087);
  });

  it.each([...locales, pseudoLocale])('reads in %s, from --locale or LANG', async (locale) => {
    const byFlag = JSON.parse((await cli(['4001', '--json', '--locale', locale])).stdout);
    expect(byFlag.locale).toBe(locale);
    expect(byFlag.matches[0].title.length).toBeGreaterThan(0);
    const byEnv = JSON.parse(
      (await cli(['4001', '--json'], { LANG: `${locale.replace('-', '_')}.UTF-8` })).stdout,
    );
    expect(byEnv.locale).toBe(locale);
  });

  it('prefers LC_ALL over LANG, and reads C as English', async () => {
    const r = JSON.parse(
      (await cli(['4001', '--json'], { LC_ALL: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' })).stdout,
    );
    expect(r.locale).toBe('ja');
    expect(JSON.parse((await cli(['4001', '--json'], { LANG: 'C' })).stdout).locale).toBe('en');
  });

  it('colours only a terminal, and never with NO_COLOR', async () => {
    expect((await inProcess(['4001'], {}, true)).stdout).toContain(ANSI);
    expect((await inProcess(['4001'], { NO_COLOR: '1' }, true)).stdout).not.toContain(ANSI);
    expect((await inProcess(['4001'], {}, false)).stdout).not.toContain(ANSI);
    expect((await cli(['4001'], { NO_COLOR: '1' })).stdout).not.toContain(ANSI);
  });
});

describe('error-codes list', () => {
  it('lists codes with filters, as text or JSON', async () => {
    const r = await cli(['list', '--platform', 'flutter', '--category', 'auth', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { code: number }) => x.code)).toEqual([
      4001, 4002, 4008, 4022, 4023, 4024, 4025,
    ]);
    const all = await cli(['list']);
    expect(all.stdout.trim().split('\n')).toHaveLength(160 + 68);
    expect((await cli(['list', '--feature', 'whiteboard', '--platform', 'flutter'])).code).toBe(1);
  });
});

describe('exit status and junk', () => {
  it.each([
    [['9999'], 1],
    [['__proto__'], 1],
    [['constructor'], 1],
    [['zzzz qqqq'], 1],
    [[], 2],
    [['   '], 2],
    [['--platform', 'ios', '4001'], 2],
    [['--platform'], 2],
    [['--nope', '4001'], 2],
    [['4001', '--category', 'auth'], 2],
    [['list', 'extra'], 2],
    [['list', '--category', '__proto__'], 2],
    [['x'.repeat(100_000)], 2],
    [['\u202e4001\u200f'], 1],
  ])('%j exits %i with a clear message and no stack trace', async (args, status) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(status);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    if (status !== 0)
      expect(r.stderr).toMatch(status === 2 ? /^error-codes: / : /No error code matches/);
  });

  it('survives what no shell passes but an embedding tool might', async () => {
    for (const junk of [
      ['\u0000'],
      ['\ud800'],
      ['--locale', '\u0000'],
      ['4001', '--locale', 'x'.repeat(10_000)],
    ]) {
      const r = await inProcess(junk);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toContain('unexpected error');
    }
  });

  it('prints help and version', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/Usage:/);
    expect((await cli(['--version'])).code).toBe(0);
  });
});
