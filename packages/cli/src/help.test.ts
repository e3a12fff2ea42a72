import { readFileSync } from 'node:fs';
import { lineFor, platformIds } from '@org/error-codes';
import { locales, pseudoLocale, queryFilters } from '@org/error-codes-i18n';
import { describe, expect, it } from 'vitest';
import { cli, inProcess, linesOf } from '../test/harness.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('error-codes --help', () => {
  it('lists every value of every filter and every locale, as the packages define them', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const [name, values] of Object.entries(queryFilters)) {
      expect(flat).toContain(`--${name}`);
      if (name === 'retryable') expect(flat).toContain('--retryable=false');
      else expect(flat).toContain(values.join(', '));
    }
    expect(flat).toContain([...locales, pseudoLocale].join(', '));
  });

  it('names every line id, the platforms command, and an --sdk example lineFor resolves', async () => {
    const flat = (await inProcess(['--help'])).stdout.replace(/\s+/g, ' ');
    expect(flat).toContain(platformIds.join(', '));
    expect(flat).toContain('error-codes platforms');
    const sdk = /--sdk <pkg@version> .*?: (\S+)/.exec(flat)?.[1] ?? '';
    const at = sdk.lastIndexOf('@');
    expect(lineFor(sdk.slice(0, at), sdk.slice(at + 1)).ok).toBe(true);
    expect((await inProcess(['3023', '--sdk', sdk])).code).toBe(0);
  });

  it('says how to set the docs address and what each exit status means', async () => {
    const r = await inProcess(['-h']);
    expect(r.stdout).toMatch(/ERROR_CODES_DOCS_URL\s+the address of your deployment/);
    expect(r.stdout).toMatch(/Unset: no docs links/);
    expect(r.stdout).toMatch(
      /Exit status:\n {2}0 {2}found.*\n {2}1 {2}nothing matches.*\n {2}2 {2}bad usage/,
    );
  });

  it('fits 80 columns', async () => {
    for (const line of linesOf((await inProcess(['--help'])).stdout)) {
      expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });
});

describe('error-codes --version', () => {
  it('prints the version in package.json, from the built bin and in process', async () => {
    for (const flag of ['--version', '-v']) {
      const built = await cli([flag]);
      expect(built).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
      expect(await inProcess([flag])).toEqual(built);
    }
  });
});
